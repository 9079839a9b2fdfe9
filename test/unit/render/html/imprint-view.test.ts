import { beforeAll, describe, expect, it } from 'vitest';
import { htmlImprint } from '../../../../src/render/html/imprint-view.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { officialPlan } from '../official-plan.js';
import { renderArticle } from './render-plan.js';

let official: LoadedTemplate;

beforeAll(async () => {
  official = await loadTemplate('official', { cwd: process.cwd() });
});

/** 225 mm: the type area's height. */
const TYPE_AREA_MM = 297 - 37 - 35;

describe('where the HTML page prints the 版记', () => {
  it('at the foot of the text’s last page when it is even and has room: in the room left, less half a line', () => {
    const imprint = htmlImprint(officialPlan(official, 20), official.manifest);
    // The text ends after 13 of 22 lines on page 4: 9 lines of 28.95 pt are left.
    const room = (9 * 579 - 579 / 2) / (1440 / 25.4);
    expect(imprint).toMatchObject({ blankPageBefore: false, ownPage: false, unnumbered: false });
    expect(imprint!.spaceMm).toBeCloseTo(room, 0);
    expect(imprint!.cc).toEqual(['抄送：区委办公室，区政府办公室。']);
  });

  it('on a page of its own, the next, when the text ends on an odd page', () => {
    expect(htmlImprint(officialPlan(official, 24), official.manifest)).toMatchObject({
      blankPageBefore: false,
      ownPage: true,
      unnumbered: false,
      spaceMm: TYPE_AREA_MM,
    });
  });

  it('after a blank page, both without page numbers, when an even page is too full for it', () => {
    expect(htmlImprint(officialPlan(official, 37), official.manifest)).toMatchObject({
      blankPageBefore: true,
      ownPage: true,
      unnumbered: true,
      spaceMm: TYPE_AREA_MM,
    });
  });

  it('names the even page whose foot it prints at: the text’s last, the next, or the one after a blank page', () => {
    expect(htmlImprint(officialPlan(official, 20), official.manifest)?.page).toBe(4);
    expect(htmlImprint(officialPlan(official, 24), official.manifest)?.page).toBe(6);
    expect(htmlImprint(officialPlan(official, 37), official.manifest)?.page).toBe(8);
  });

  it('nowhere when the template prints no 版记', async () => {
    const plan = await loadTemplate('plan', { cwd: process.cwd() });
    expect(htmlImprint(officialPlan(plan, 20), plan.manifest)).toBeNull();
  });

  it('writes the placement on the element that holds the 版记', async () => {
    const paragraph = '各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处、取得实效。';
    const front =
      '---\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-01-05\ncc: [区委办公室]\nprinter: 樊城区科学技术局办公室\nprintDate: 2027-01-05\n---\n\n# 计划\n\n一、总体要求\n\n';
    const article = await renderArticle(`${front}${Array(37).fill(paragraph).join('\n\n')}\n`, 'official');
    expect(article).toContain(
      '<div class="blank-page" aria-hidden="true"></div>\n<div class="imprint-space own-page unnumbered" style="--imprint-space: 225mm"><footer class="imprint">',
    );
  });
});
