import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { estimateTextEnd } from '../../../../src/render/layout/estimate-layout.js';
import { imprintPageBreaks } from '../../../../src/render/layout/imprint-placement.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { FRONT_MATTER, officialPlan, PARAGRAPH } from '../official-plan.js';

let official: LoadedTemplate;

beforeAll(async () => {
  official = await loadTemplate('official', { cwd: process.cwd() });
});

function plan(paragraphs: number) {
  return officialPlan(official, paragraphs);
}

const PITCH = 579;

describe('estimateTextEnd', () => {
  // Calibrated against LibreOffice 7.4: 20 paragraphs end on page 4 after 13 lines. 24 and 38 end where the
  // 署名 and date no longer fit under the last paragraph, which then goes over with them: page 5 and page 7
  // after 6 lines (the paragraph's 3, the empty line, 署名, date).
  it.each([
    [20, 4, 13],
    [24, 5, 6],
    [38, 7, 6],
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
