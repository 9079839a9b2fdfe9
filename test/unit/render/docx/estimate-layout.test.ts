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
    const texts = documentChildren(view, official.manifest).map((child) => textOf(xmlTree(child)));
    const order = ['正文。', '2027年1月5日', '附件1', '分工表', '附件正文。', '抄送：区委办公室，区政府办公室。'].map((wanted) => texts.findIndex((text) => text.startsWith(wanted)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
