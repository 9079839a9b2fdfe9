import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { estimateTextEnd } from '../../../../src/render/docx/estimate-layout.js';
import { imprintPageBreaks } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';

let official: LoadedTemplate;

beforeAll(async () => {
  official = await loadTemplate('official', { cwd: process.cwd() });
});

const FRONT_MATTER = `---
issuer: 樊城区科学技术局
docNumber: 樊科发〔2027〕1号
date: 2027-01-05
recipients: 各街道办事处、区直有关单位
cc: [区委办公室, 区政府办公室]
printer: 樊城区科学技术局办公室
printDate: 2027-01-05
---
`;
/** 57 characters: three lines with the first-line indent. */
const PARAGRAPH = '各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处、取得实效。';

function plan(paragraphs: number) {
  const source = `${FRONT_MATTER}\n# 关于加强科技工作的计划\n\n一、总体要求\n\n${Array(paragraphs).fill(PARAGRAPH).join('\n\n')}\n`;
  return buildViewModel(parsePlan(source).document, official);
}

const PITCH = 579;

describe('estimateTextEnd', () => {
  // Calibrated against LibreOffice 7.4: 20 paragraphs end on page 4 after 13 lines, 24 on page 5 after 3.
  it.each([
    [20, 4, 13],
    [24, 5, 3],
    [38, 7, 1],
  ])('%i paragraphs end on page %i after %i lines', (paragraphs, page, lines) => {
    const end = estimateTextEnd(plan(paragraphs), official.manifest);
    expect(end.page).toBe(page);
    expect(Math.round(end.used / PITCH)).toBe(lines);
  });
});

describe('imprintPageBreaks', () => {
  it('keeps the 版记 on an even last page with room for it', () => {
    expect(imprintPageBreaks(plan(20), official.manifest)).toBe(0);
  });

  it('moves it to the next page when the text ends on an odd page', () => {
    expect(imprintPageBreaks(plan(24), official.manifest)).toBe(1);
  });

  it('skips to the next even page when an even page is too full for it', () => {
    // 37 paragraphs end near the foot of page 6.
    expect(estimateTextEnd(plan(37), official.manifest).page).toBe(6);
    expect(imprintPageBreaks(plan(37), official.manifest)).toBe(2);
  });

  it('adds none when the template prints no 版记', async () => {
    const template = await loadTemplate('plan', { cwd: process.cwd() });
    const source = `${FRONT_MATTER}\n# 计划\n\n${Array(24).fill(PARAGRAPH).join('\n\n')}\n`;
    expect(imprintPageBreaks(buildViewModel(parsePlan(source).document, template), template.manifest)).toBe(0);
  });
});

describe('document order', () => {
  it('prints the signature and date before the attachments, and the 版记 last', async () => {
    const { documentChildren } = await import('../../../../src/render/docx/render-docx.js');
    const { textOf, xmlTree } = await import('./xml-tree.js');
    const source = `${FRONT_MATTER}\n# 计划\n\n一、目标\n\n正文。\n\n## 附件1：分工表\n\n附件正文。\n`;
    const view = buildViewModel(parsePlan(source).document, official);
    const { numbered, unnumbered } = documentChildren(view, official.manifest);
    const texts = [...numbered, ...unnumbered].map((child) => textOf(xmlTree(child)));
    const order = ['正文。', '2027年1月5日', '附件1', '分工表', '附件正文。', '抄送：区委办公室，区政府办公室。'].map((wanted) => texts.findIndex((text) => text.startsWith(wanted)));
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
    const targets = new Map([...text('word/_rels/document.xml.rels').matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map((match) => [match[1] ?? match[4], match[2] ?? match[3]]));
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
