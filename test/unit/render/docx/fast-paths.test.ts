import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextAttributeComponent, XmlComponent } from 'docx';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../../src/import/readers/zip-guard.js';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { useOnePassAttributes } from '../../../../src/render/docx/fast-attributes.js';
import { useOnePassChildren } from '../../../../src/render/docx/fast-children.js';
import { renderDocx } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate } from '../../../../src/template/load-template.js';
import { EXAMPLES_DIR, linesToMarkdown, readCorpusText } from '../../../helpers/corpus.js';

/** A method of docx that we replace, and how to put either version in place. */
interface Patched {
  install: () => void;
  prototype: { prepForXml: unknown };
  /** docx's own method, taken before any document is written (writing one installs ours). */
  docxOwn: unknown;
}

const DOCX_OWN_ATTRIBUTES: unknown = NextAttributeComponent.prototype.prepForXml;
const DOCX_OWN_CHILDREN: unknown = XmlComponent.prototype.prepForXml;

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

// The official template asks for the red header's fields.
const FRONT = '---\ntitle: 2027年工作计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\n---\n\n';
const PLANS = [
  readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8'),
  FRONT + linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt')),
  `${FRONT}一、目标\n\n| 项目 | 时间 |\n| :-- | --: |\n| 调研 | 3月 |\n\n（一）**加强领导。**详见[网站](https://www.gov.cn)与\`代码\`。\n`,
];

/** Writes the plans with both templates, with docx's own method and with ours, and compares every part. */
async function expectSameDocuments({ install, prototype, docxOwn }: Patched): Promise<void> {
  install();
  const ours = prototype.prepForXml;
  expect(ours).not.toBe(docxOwn);
  try {
    for (const template of ['plan', 'official']) {
      const loaded = await loadTemplate(template, { cwd: process.cwd() });
      for (const plan of PLANS) {
        const view = buildViewModel(parsePlan(plan).document, loaded);
        prototype.prepForXml = docxOwn;
        const expected = await parts(await renderDocx(view, loaded));
        prototype.prepForXml = ours;
        const actual = await parts(await renderDocx(view, loaded));
        expect(actual.size).toBeGreaterThan(10);
        expect(actual).toEqual(expected);
      }
    }
  } finally {
    prototype.prepForXml = ours;
  }
}

describe('docx methods replaced by faster ones', () => {
  it('attributes built in one pass write every part of a document byte for byte as docx itself does', async () => {
    await expectSameDocuments({ install: useOnePassAttributes, prototype: NextAttributeComponent.prototype as unknown as Patched['prototype'], docxOwn: DOCX_OWN_ATTRIBUTES });
  });

  it('children prepared in one loop write every part of a document byte for byte as docx itself does', async () => {
    await expectSameDocuments({ install: useOnePassChildren, prototype: XmlComponent.prototype as unknown as Patched['prototype'], docxOwn: DOCX_OWN_CHILDREN });
  });
});
