import { parsePlan } from '../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../src/render/build-view-model.js';
import type { DocumentView } from '../../../src/render/view-model.js';
import type { LoadedTemplate } from '../../../src/template/load-template.js';

/** Every 版头 and 版记 field the official template prints. */
export const FRONT_MATTER = `---
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
export const PARAGRAPH = '各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处、取得实效。';

/** A plan for the official template: that front matter, a title, a heading and `paragraphs` paragraphs. */
export function officialPlan(official: LoadedTemplate, paragraphs: number): DocumentView {
  const source = `${FRONT_MATTER}\n# 关于加强科技工作的计划\n\n一、总体要求\n\n${Array(paragraphs).fill(PARAGRAPH).join('\n\n')}\n`;
  return buildViewModel(parsePlan(source).document, official);
}
