import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZip } from '../../../../src/import/readers/zip-guard.js';
import { EXAMPLES_DIR, linesToMarkdown, readCorpusText } from '../../../helpers/corpus.js';

// The official template asks for the red header's fields.
const FRONT = '---\ntitle: 2027年工作计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\n---\n\n';
/** Plans that take the .docx writer down its paths: the example, the seed, a table, a link, inline code. */
export const SAMPLE_PLANS = [
  readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'),
  FRONT + linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt')),
  `${FRONT}一、目标\n\n| 项目 | 时间 |\n| :-- | --: |\n| 调研 | 3月 |\n\n（一）**加强领导。**详见[网站](https://www.gov.cn)与\`代码\`。\n`,
];

/**
 * Every part of a .docx by name, in the archive's order, but the parts
 * named in `leaveOut`; the ids docx draws at random in each run (a
 * hyperlink's relationship, a text box's shape) are named by the order they
 * come in.
 */
export async function docxParts(bytes: Uint8Array, leaveOut: readonly string[] = []): Promise<Map<string, string>> {
  const names = [...(await readZip(Buffer.from(bytes), 'x.docx', [])).sizes.keys()].filter((name) => !leaveOut.includes(name));
  const { entries } = await readZip(Buffer.from(bytes), 'x.docx', names);
  const ids = new Map<string, string>();
  const stable = (text: string): string =>
    text.replace(/(?<="rId|\bid=")(?!rId)[A-Za-z0-9_-]{18,}(?=")/g, (id) => ids.get(id) ?? (ids.set(id, `random${ids.size + 1}`).get(id) as string));
  return new Map(names.map((name) => [name, stable(entries.get(name)?.toString('utf8') ?? '')]));
}
