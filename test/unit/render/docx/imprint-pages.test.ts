import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { FRONT_MATTER, officialPlan } from '../official-plan.js';

let official: LoadedTemplate;

beforeAll(async () => {
  official = await loadTemplate('official', { cwd: process.cwd() });
});

function plan(paragraphs: number) {
  return officialPlan(official, paragraphs);
}

describe('document order', () => {
  it('prints the signature and date before the attachments, and the 版记 last', async () => {
    const { documentChildren } = await import('../../../../src/render/docx/render-docx.js');
    const { textOf, xmlTree } = await import('./xml-tree.js');
    const source = `${FRONT_MATTER}\n# 计划\n\n一、目标\n\n正文。\n\n## 附件1：分工表\n\n附件正文。\n`;
    const view = buildViewModel(parsePlan(source).document, official);
    const { numbered, unnumbered } = documentChildren(view, official.manifest);
    const texts = [...numbered, ...unnumbered].map((child) => textOf(xmlTree(child)));
    const order = ['正文。', '2027年1月5日', '附件1', '分工表', '附件正文。', '抄送：区委办公室，区政府办公室。'].map((wanted) =>
      texts.findIndex((text) => text.startsWith(wanted)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('page numbers before and on the 版记 page', () => {
  /** Each section's footers (odd and even), as their XML, in document order. */
  async function sectionFooters(paragraphs: number): Promise<string[][]> {
    const { renderDocx } = await import('../../../../src/render/docx/render-docx.js');
    const { readZip } = await import('../../../../src/import/readers/zip-guard.js');
    const bytes = Buffer.from(await renderDocx(plan(paragraphs), official));
    const names = [...(await readZip(bytes, 'x.docx', [])).sizes.keys()];
    const { entries } = await readZip(bytes, 'x.docx', names);
    const text = (name: string): string => entries.get(name)?.toString('utf8') ?? '';
    const targets = new Map(
      [...text('word/_rels/document.xml.rels').matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map((match) => [
        match[1] ?? match[4],
        match[2] ?? match[3],
      ]),
    );
    return [...text('word/document.xml').matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((section) =>
      [...section[0].matchAll(/<w:footerReference [^>]*r:id="([^"]+)"/g)].map((reference) => text(`word/${targets.get(reference[1]) ?? ''}`)),
    );
  }

  it('leaves them off the blank page before the 版记 page and off that page, in a section with blank footers', async () => {
    const { documentChildren } = await import('../../../../src/render/docx/render-docx.js');
    const { textOf, xmlTree } = await import('./xml-tree.js');
    const { numbered, unnumbered } = documentChildren(plan(37), official.manifest);
    expect(unnumbered).toHaveLength(2);
    expect(JSON.stringify(xmlTree(unnumbered[0] as never))).not.toContain('w:pageBreakBefore');
    expect(textOf(xmlTree(unnumbered[1] as never))).toContain('抄送');
    expect(numbered.some((child) => textOf(xmlTree(child as never)).includes('抄送'))).toBe(false);

    const [body, imprint] = await sectionFooters(37);
    expect(body).toHaveLength(2);
    expect(body!.every((footer) => footer.includes('PAGE'))).toBe(true);
    expect(imprint).toHaveLength(2);
    expect(imprint!.every((footer) => !footer.includes('PAGE') && !footer.includes('—'))).toBe(true);
  });

  it.each([20, 24])('numbers every page when no blank page comes before the 版记 (%i paragraphs)', async (paragraphs) => {
    const { documentChildren } = await import('../../../../src/render/docx/render-docx.js');
    expect(documentChildren(plan(paragraphs), official.manifest).unnumbered).toEqual([]);
    const sections = await sectionFooters(paragraphs);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.every((footer) => footer.includes('PAGE'))).toBe(true);
  });
});
