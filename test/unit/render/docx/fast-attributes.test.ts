import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextAttributeComponent } from 'docx';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../../src/import/readers/zip-guard.js';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { useOnePassAttributes } from '../../../../src/render/docx/fast-attributes.js';
import { renderDocx } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate } from '../../../../src/template/load-template.js';
import { EXAMPLES_DIR, linesToMarkdown, readCorpusText } from '../../../helpers/corpus.js';

type Method = typeof NextAttributeComponent.prototype.prepForXml;

/**
 * Every part of a .docx by name, but its timestamps (docProps/core.xml);
 * the ids docx draws at random in each run (a hyperlink's relationship, a
 * text box's shape) are named by the order they come in.
 */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const names = [...(await readZip(Buffer.from(bytes), 'x.docx', [])).sizes.keys()].filter((name) => name !== 'docProps/core.xml');
  const { entries } = await readZip(Buffer.from(bytes), 'x.docx', names);
  const ids = new Map<string, string>();
  const stable = (text: string): string => text.replace(/(?<=rId|id=")[A-Za-z0-9_-]{18,}(?=")/g, (id) => ids.get(id) ?? (ids.set(id, `random${ids.size + 1}`).get(id) as string));
  return new Map([...entries].map(([name, data]) => [name, stable(data.toString('utf8'))]));
}

describe('attributes built in one pass', () => {
  it('write every part of a document byte for byte as docx itself does', async () => {
    const docxOwn: Method = NextAttributeComponent.prototype.prepForXml;
    useOnePassAttributes();
    const onePass: Method = NextAttributeComponent.prototype.prepForXml;
    expect(onePass).not.toBe(docxOwn);

    // The official template asks for the red header's fields.
    const front = '---\ntitle: 2027年工作计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\n---\n\n';
    const plans = [
      readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'),
      front + linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt')),
      `${front}一、目标\n\n| 项目 | 时间 |\n| :-- | --: |\n| 调研 | 3月 |\n\n（一）**加强领导。**详见[网站](https://www.gov.cn)与\`代码\`。\n`,
    ];
    try {
      for (const template of ['plan', 'official']) {
        const loaded = await loadTemplate(template, { cwd: process.cwd() });
        for (const plan of plans) {
          const view = buildViewModel(parsePlan(plan).document, loaded);
          NextAttributeComponent.prototype.prepForXml = docxOwn;
          const expected = await parts(await renderDocx(view, loaded));
          NextAttributeComponent.prototype.prepForXml = onePass;
          const actual = await parts(await renderDocx(view, loaded));
          expect(actual.size).toBeGreaterThan(10);
          expect(actual).toEqual(expected);
        }
      }
    } finally {
      NextAttributeComponent.prototype.prepForXml = onePass;
    }
  });
});
