import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import { measuredImprintPlacement, printHtml } from '../../../../src/render/pdf/print-html.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { officialPlan } from '../official-plan.js';
import { fakePdf } from './fake-pdf.js';

let official: LoadedTemplate;

beforeAll(async () => {
  official = await loadTemplate('official', { cwd: process.cwd() });
});

const PITCH = 28.95;
/** Where Chromium puts the top of page 1's type area in its destinations' coordinates. */
const TOP = 841.92;
/** The 版记 of the official plan below: about two lines high, at the foot of its page. */
const IMPRINT_TOP_LINES = 19.9;

/** A first print's PDF: the text ends `lines` lines down page `page`, the 版记 is on page `imprintPage`. */
function firstPrint(page: number, lines: number, imprintPage: number, pages = Math.max(page, imprintPage)): Uint8Array {
  return fakePdf({
    pages,
    destinations: {
      'plan-measure-top': { page: 1, y: TOP },
      'plan-measure-end': { page, y: TOP - lines * PITCH },
      'plan-measure-imprint': { page: imprintPage, y: TOP - IMPRINT_TOP_LINES * PITCH },
    },
  });
}

/** Runs printHtml with a fake printer that answers with `pdfs` in turn, and returns the pages it was given. */
async function run(paragraphs: number, pdfs: Uint8Array[]): Promise<{ printed: string[]; result: Uint8Array }> {
  const printed: string[] = [];
  const result = await printHtml(officialPlan(official, paragraphs), official, async (html) => {
    printed.push(html);
    return pdfs[printed.length - 1] ?? new Uint8Array();
  });
  return { printed, result };
}

describe('the 版记 placed by the printed pages (Chromium)', () => {
  it('prints once when the text ends where the estimate said: page 4, 13 lines down', async () => {
    const pdf = firstPrint(4, 13, 4);
    const { printed, result } = await run(20, [pdf]);
    expect(printed).toHaveLength(1);
    expect(result).toBe(pdf);
    expect(printed[0]).toContain('id="plan-measure-end"');
    expect(printed[0]).toContain('--imprint-page: 4');
  });

  it('prints again, after a blank page, when the text really fills its even page', async () => {
    const second = firstPrint(4, 21, 6);
    const { printed, result } = await run(20, [firstPrint(4, 21, 4), second]);
    expect(printed).toHaveLength(2);
    expect(result).toBe(second);
    expect(printed[1]).toContain('--imprint-page: 6');
    expect(printed[1]).toContain('class="blank-page"');
    expect(printed[1]).toMatch(/class="imprint-space own-page unnumbered"/);
  });

  it('prints again on the next even page when the text runs on to an odd page', async () => {
    const { printed } = await run(20, [firstPrint(5, 2, 4), firstPrint(5, 2, 6)]);
    expect(printed).toHaveLength(2);
    expect(printed[1]).toContain('--imprint-page: 6');
    expect(printed[1]).not.toContain('class="blank-page"');
  });

  it('prints again under the text when the estimate sent the 版记 on after a blank page but the page had room', async () => {
    // 37 paragraphs: estimated to fill page 6, so the 版记 goes on page 8 after a blank page; the text really ends 15 lines down page 6.
    const { printed } = await run(37, [firstPrint(6, 15, 8), firstPrint(6, 15, 6)]);
    expect(printed[0]).toContain('--imprint-page: 8');
    expect(printed[0]).toContain('class="blank-page"');
    expect(printed).toHaveLength(2);
    expect(printed[1]).toContain('--imprint-page: 6');
    expect(printed[1]).not.toContain('class="blank-page"');
  });

  it('takes a text end at the very top of a page for the full page before it', () => {
    expect(measuredImprintPlacement(firstPrint(5, 0, 4), official.manifest)).toMatchObject({ page: 6, breaks: 2 });
    expect(measuredImprintPlacement(firstPrint(4, 0, 4), official.manifest)).toMatchObject({ page: 4, breaks: 1 });
  });

  it('keeps a line between the text and the 版记: 18 lines leave room for a two-line 版记, 19 do not', () => {
    expect(measuredImprintPlacement(firstPrint(2, 18, 2), official.manifest)).toMatchObject({ page: 2, breaks: 0 });
    expect(measuredImprintPlacement(firstPrint(2, 19, 2), official.manifest)).toMatchObject({ page: 4, breaks: 2 });
  });

  it('keeps the first print when the page has no marks (a template of the clerk’s own)', async () => {
    const pdf = fakePdf({ pages: 4, destinations: {} });
    const { printed, result } = await run(20, [pdf]);
    expect(printed).toHaveLength(1);
    expect(result).toBe(pdf);
  });

  it('prints once, without marks, a plan whose template has no 版记', async () => {
    const plan = await loadTemplate('plan', { cwd: process.cwd() });
    const printed: string[] = [];
    await printHtml(officialPlan(plan, 20), plan, async (html) => {
      printed.push(html);
      return new Uint8Array();
    });
    expect(printed).toHaveLength(1);
    expect(printed[0]).not.toContain('plan-measure');
  });

  it('leaves the marks out of the HTML file a clerk opens', async () => {
    const html = await renderHtml(officialPlan(official, 20), official);
    expect(html).not.toContain('plan-measure');
    expect(html).toContain('--imprint-page: 4');
  });
});
