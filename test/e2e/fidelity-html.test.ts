import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { horizontalRules, inkRows, renderPage, rowToMm } from './fidelity-html/page-image.js';
import { type ImprintPlan, imprintPlan } from './fidelity-html/imprint-plans.js';
import { FIDELITY_DIR, printWithChromium } from './fidelity-html/print-plan.js';
import { bodyText, missingCharacters, standaloneHeadings } from './fidelity-html/source-text.js';
import { looksLikeTableRow, pointsPerMillimetre as mm, readPdfLayout, rowsOf, type PdfPage, type PdfRow } from './html-pdf-layout.js';

/**
 * What a clerk prints from our HTML with headless Chromium (`plan build
 * --format pdf --pdf-engine chromium`, no script), measured against GB/T
 * 9704-2012 from the PDF: glyph boxes with `pdftotext -bbox-layout`, rules
 * and red from page images. Tolerances of about 1 mm, as the standard
 * allows for its margins.
 */

const FIXTURES = join(PROJECT_DIR, 'test/fixtures/fidelity');

/** GB/T 9704 geometry of the built-in templates, in mm. */
const PAPER = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 };
const TYPE_AREA = { left: PAPER.left, right: PAPER.width - PAPER.right, top: PAPER.top, bottom: PAPER.height - PAPER.bottom };
const PITCH_PT = 28.95;
const LINES_PER_PAGE = 22;
/** A body character (三号, 16 pt, less the grid's −0.25 pt) and a 版记 character (四号, 14 pt), in mm. */
const BODY_CHARACTER = (16 - 0.25) / mm;
const IMPRINT_CHARACTER = (14 - 0.25) / mm;
const TOLERANCE = 1;

const OFFICIAL_FRONT = (title: string, extra = ''): string => `---
title: ${title}
issuer: 国务院
docNumber: 国发〔2022〕2号
date: 2022-03-05
signature: 国务院
cc: [中共中央办公厅, 全国人大常委会办公厅, 全国政协办公厅]
printer: 国务院办公厅
printDate: 2022-03-05
${extra}---

`;

/** A plan whose text ends on an even page too full for the 版记, with a 抄送 list too long for one line. */
function blankPagePlan(): string {
  const paragraph = '各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处、取得实效。';
  const cc = Array.from({ length: 9 }, (_, index) => `第${'一二三四五六七八九'[index]}督查组办公室`).join(', ');
  const front = OFFICIAL_FRONT('关于加强科技工作的通知').replace(/^cc: .*$/m, `cc: [${cc}]`);
  return `${front}# 关于加强科技工作的通知\n\n一、总体要求\n\n${Array(37).fill(paragraph).join('\n\n')}\n`;
}

function artefact(name: string, text: string): string {
  mkdirSync(FIDELITY_DIR, { recursive: true });
  const file = join(FIDELITY_DIR, name);
  writeFileSync(file, text);
  return file;
}

interface Case {
  name: string;
  markdown: () => string;
  template: 'plan' | 'official';
  /** Pages the print must have at least: a long document must not pass by printing short. */
  minimumPages: number;
}

const examples = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();
const cases: Case[] = [
  ...examples.map((name) => ({ name, markdown: () => join(EXAMPLES_DIR, name), template: 'plan' as const, minimumPages: 2 })),
  { name: '2027-科技工作计划.md', markdown: () => join(EXAMPLES_DIR, '2027-科技工作计划.md'), template: 'official', minimumPages: 5 },
  {
    name: '2022年政府工作报告 (30 pages)',
    markdown: () => artefact('2022年政府工作报告.md', OFFICIAL_FRONT('2022年政府工作报告') + readFileSync(join(FIXTURES, '2022年政府工作报告.md'), 'utf8')),
    template: 'official',
    minimumPages: 30,
  },
  { name: '2022-政府工作任务通知 (12 pages)', markdown: () => join(FIXTURES, '2022-政府工作任务通知.md'), template: 'official', minimumPages: 12 },
  { name: 'a blank page before the 版记', markdown: () => artefact('blank-page.md', blankPagePlan()), template: 'official', minimumPages: 6 },
  // Short: its 署名 and date fall on page 2, which they must not have to themselves.
  {
    name: '崇明区通知 with an attachment',
    markdown: () => join(PROJECT_DIR, 'test/fixtures/render/notice-with-attachment.md'),
    template: 'official',
    minimumPages: 3,
  },
];

const closingMark = /[，、。；：”’）》！？]$/u;
const compact = (row: PdfRow): string => row.text.replace(/\s+/g, '');

describeWithTools(['chromium', 'pdftotext', 'pdftoppm'], 'what Chromium prints from the HTML, measured against GB/T 9704', () => {
  describe.each(cases)('$name ($template)', ({ markdown, template, minimumPages }) => {
    let source: string;
    let pdf: string;
    let pages: PdfPage[];
    let rows: PdfRow[][];
    const body = (page: number): PdfRow[] => (rows[page] ?? []).filter((row) => row.centre <= TYPE_AREA.bottom * mm);
    const footer = (page: number): string[] => (rows[page] ?? []).filter((row) => row.centre > TYPE_AREA.bottom * mm).map(compact);
    const find = (test: (text: string) => boolean): { page: number; row: PdfRow } | null => {
      for (let page = 0; page < rows.length; page += 1) {
        const row = body(page).find((item) => test(compact(item)));
        if (row) return { page, row };
      }
      return null;
    };
    const imprintPage = (): number => find((text) => text.startsWith('抄送'))?.page ?? -1;

    beforeAll(async () => {
      const file = markdown();
      source = readFileSync(file, 'utf8');
      ({ pdf } = await printWithChromium(file, template));
      pages = readPdfLayout(pdf);
      rows = pages.map((page) => rowsOf(page, PITCH_PT));
    });

    it('prints every character of the source', () => {
      expect(pages.length).toBeGreaterThanOrEqual(minimumPages);
      const printed = pages.flatMap((page) => page.lines.map((line) => line.text)).join('');
      expect(missingCharacters(bodyText(source), printed)).toEqual({});
    });

    it('keeps the 22-line grid on every full page and `— N —` on every numbered page', () => {
      const withImprint = imprintPage();
      const blankBefore = withImprint > 1 && body(withImprint - 1).length === 0;
      let full = 0;
      for (let page = 0; page < pages.length; page += 1) {
        const unnumbered = blankBefore && page >= withImprint - 1;
        expect(footer(page), `page ${page + 1}`).toEqual(unnumbered ? [] : [`—${page + 1}—`]);
        const lines = body(page);
        const first = lines[0];
        const last = lines[lines.length - 1];
        const hasTable = lines.some((row) => looksLikeTableRow(row, BODY_CHARACTER * mm));
        const letterhead = page === 0 && template === 'official';
        for (const row of lines) {
          expect(row.xMin, `page ${page + 1}: ${row.text}`).toBeGreaterThan((TYPE_AREA.left - TOLERANCE) * mm);
          expect(row.xMax, `page ${page + 1}: ${row.text}`).toBeLessThan(
            (TYPE_AREA.right + TOLERANCE) * mm + (closingMark.test(row.text) ? (BODY_CHARACTER * mm) / 2 : 0),
          );
        }
        if (!first || !last || hasTable || letterhead || page === withImprint || last.centre <= TYPE_AREA.bottom * mm - 1.5 * PITCH_PT) continue;
        full += 1;
        for (const row of lines)
          expect(Math.abs((((row.centre - first.centre) / PITCH_PT) % 1) - 0.5), `page ${page + 1}: ${row.text} off the grid`).toBeGreaterThan(0.25);
        expect({ page: page + 1, lines: Math.floor((last.centre - TYPE_AREA.top * mm) / PITCH_PT) + 1 }).toEqual({ page: page + 1, lines: LINES_PER_PAGE });
      }
      if (minimumPages >= 12) expect(full).toBeGreaterThanOrEqual(minimumPages / 2);
    });

    it('never leaves a heading alone at the foot of a page, nor breaks a Latin word or a number', () => {
      const headings = new Set(standaloneHeadings(source).map((heading) => heading.replace(/\s+/g, '')));
      const text = bodyText(source).replace(/\s+/g, '');
      for (let page = 0; page < pages.length - 1; page += 1) {
        const lines = body(page);
        const last = lines[lines.length - 1];
        if (last) expect(headings.has(compact(last)), `page ${page + 1} ends with the heading ${last.text}`).toBe(false);
        // Body-size lines only: the title's lines are split by the view model, for both outputs alike.
        const bodyLines = lines.filter((row) => row.fragments.every((fragment) => fragment.yMax - fragment.yMin < 20));
        for (let index = 1; index < bodyLines.length; index += 1) {
          const tail = /[0-9A-Za-z.%]+$/.exec(compact(bodyLines[index - 1] as PdfRow))?.[0];
          const head = /^[0-9A-Za-z.%]+/.exec(compact(bodyLines[index] as PdfRow))?.[0];
          if (tail && head) expect(text.includes(tail + head), `page ${page + 1}: ${tail}/${head} broken across lines`).toBe(false);
        }
      }
    });

    it('prints 署名 two characters from the right and 成文日期 two characters right of it (7.3.5.2)', () => {
      const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      const signature = /^signature:\s*(.+)$/m.exec(front)?.[1]?.trim();
      const date = find((text) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(text));
      if (!signature || !date) return;
      const signed = find((text) => text === signature);
      expect(signed, `署名 ${signature}`).not.toBeNull();
      if (!signed) return;
      expect(date.page).toBe(signed.page);
      const right = Math.max(signed.row.xMax, date.row.xMax) / mm;
      expect(Math.abs(TYPE_AREA.right - right - 2 * BODY_CHARACTER), `right edge ${right.toFixed(1)} mm`).toBeLessThan(TOLERANCE);
      const step = (date.row.xMin - signed.row.xMin) / mm;
      expect(Math.abs(step - 2 * BODY_CHARACTER), `date ${step.toFixed(1)} mm right of the 署名`).toBeLessThan(TOLERANCE);
      expect(date.row.centre - signed.row.centre).toBeCloseTo(PITCH_PT, 0);
    });

    it('never leaves the 署名 alone on its page: body text is printed above it (7.3.5)', () => {
      const signature = /^signature:\s*(.+)$/m.exec(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '')?.[1]?.trim();
      const signed = signature ? find((text) => text === signature) : null;
      if (!signed) return;
      const above = body(signed.page).filter((row) => row.centre < signed.row.centre && !compact(row).startsWith('附件') && !/^\d+\./.test(compact(row)));
      expect(above.length, `page ${signed.page + 1}`).toBeGreaterThan(0);
    });

    it.runIf(template === 'official')('prints the 版头: 发文机关标志 35 mm below the type area, the red rule 4 mm under the 发文字号, 156 mm wide', () => {
      const image = renderPage(pdf, 1);
      const red = inkRows(image, 'red');
      const markTop = rowToMm(image, red[0] as number);
      expect(Math.abs(markTop - (TYPE_AREA.top + 35)), `标志 top ${markTop.toFixed(1)} mm`).toBeLessThan(TOLERANCE);
      const [rule] = horizontalRules(image, 'red', 100);
      expect(rule).toBeDefined();
      if (!rule) return;
      expect(Math.abs(rule.leftMm - TYPE_AREA.left)).toBeLessThan(TOLERANCE);
      expect(Math.abs(rule.rightMm - TYPE_AREA.right)).toBeLessThan(TOLERANCE);
      const number = inkRows(image, 'dark', markTop, rule.topMm);
      const numberFoot = rowToMm(image, (number[number.length - 1] as number) + 1);
      expect(Math.abs(rule.topMm - numberFoot - 4), `rule ${(rule.topMm - numberFoot).toFixed(1)} mm under the 发文字号`).toBeLessThan(TOLERANCE);
    });

    it.runIf(template === 'official')('prints the 版记 at the foot of the last, even page, between full-width rules (7.4, 7.5)', () => {
      const page = imprintPage();
      expect(page, 'the 版记 is printed').toBeGreaterThanOrEqual(0);
      expect((page + 1) % 2, `版记 on page ${page + 1}`).toBe(0);
      expect(page).toBe(pages.length - 1);
      // On the text's last page when it has room, else the next even page; a blank page only after an even one.
      // The text ends above the 抄送, or on the last page before it that has any (attachments included).
      const ccRow = body(page).find((row) => compact(row).startsWith('抄送'));
      const ends =
        ccRow && body(page).some((row) => row.centre < ccRow.centre) ? page : Math.max(-1, ...[...Array(page).keys()].filter((p) => body(p).length > 0));
      expect(page - ends).toBeLessThanOrEqual(2);
      if (page - ends === 2) expect((ends + 1) % 2).toBe(0);

      // The lower half of the page at 600 dpi, where a pixel is 0.04 mm: 0.35 and 0.25 mm rules tell apart.
      const image = renderPage(pdf, page + 1, 600, { fromMm: TYPE_AREA.top + 100, toMm: TYPE_AREA.bottom + 3 });
      const rules = horizontalRules(image, 'dark', 100);
      const cc = body(page).filter((row) => !compact(row).includes('印发') && ccRow !== undefined && row.centre >= ccRow.centre);
      // Above the 抄送, between it and the 印发 line, below that.
      expect(rules.length, JSON.stringify(rules)).toBe(3);
      for (const rule of rules) {
        expect(Math.abs(rule.leftMm - TYPE_AREA.left), `rule from ${rule.leftMm.toFixed(1)} mm`).toBeLessThan(TOLERANCE);
        expect(Math.abs(rule.rightMm - TYPE_AREA.right), `rule to ${rule.rightMm.toFixed(1)} mm`).toBeLessThan(TOLERANCE);
      }
      const [top, middle, bottom] = rules as [(typeof rules)[0], (typeof rules)[0], (typeof rules)[0]];
      expect(Math.abs(top.thicknessMm - 0.35), `first rule ${top.thicknessMm} mm`).toBeLessThan(0.06);
      expect(Math.abs(middle.thicknessMm - 0.25), `middle rule ${middle.thicknessMm} mm`).toBeLessThan(0.06);
      expect(Math.abs(bottom.thicknessMm - 0.35), `last rule ${bottom.thicknessMm} mm`).toBeLessThan(0.06);
      expect(top.thicknessMm).toBeGreaterThan(middle.thicknessMm);
      // Its last rule is the type area's last line.
      expect(Math.abs(bottom.bottomMm - TYPE_AREA.bottom), `last rule at ${bottom.bottomMm.toFixed(1)} mm`).toBeLessThan(TOLERANCE);

      // 抄送 one character in; its continuation lines under the first name; 印发日期 one character from the right.
      const [first, ...continued] = cc;
      expect(first && compact(first).startsWith('抄送')).toBe(true);
      expect(Math.abs((first as PdfRow).xMin / mm - (TYPE_AREA.left + IMPRINT_CHARACTER)), '抄送 indent').toBeLessThan(TOLERANCE);
      for (const row of continued)
        expect(Math.abs(row.xMin / mm - (TYPE_AREA.left + 4 * IMPRINT_CHARACTER)), `continuation ${row.text}`).toBeLessThan(TOLERANCE);
      const printed = body(page).find((row) => compact(row).endsWith('印发')) as PdfRow;
      expect(Math.abs(TYPE_AREA.right - printed.xMax / mm - IMPRINT_CHARACTER), '印发日期 from the right').toBeLessThan(TOLERANCE);
      expect(Math.abs(printed.xMin / mm - (TYPE_AREA.left + IMPRINT_CHARACTER)), '印发机关 indent').toBeLessThan(TOLERANCE);
    });
  });

  it('the blank-page case did print a blank page and a wrapped 抄送 list', () => {
    const pdf = join(FIDELITY_DIR, 'official', 'blank-page.pdf');
    const pages = readPdfLayout(pdf);
    const imprint = pages.findIndex((page) => page.lines.some((line) => line.text.startsWith('抄送')));
    expect(pages[imprint - 1]?.lines).toEqual([]);
    const ccRows = rowsOf(pages[imprint] as PdfPage, PITCH_PT).filter((row) => !row.text.includes('印发'));
    expect(ccRows.length).toBeGreaterThan(1);
  });
});

interface PlacementCase {
  name: string;
  plan: ImprintPlan;
  /** Where the text's last line prints: the case's premise, checked first. */
  ends: { page: number; line: number };
  /** Where GB/T 9704 7.4.1 and 7.5 put the 版记: its even page, and whether a blank page comes before it. Null: the template prints none. */
  imprint: { page: number; blankBefore: boolean } | null;
}

/**
 * Plans whose text ends near a page's foot, a line before, on or after its
 * last line, or with just the room for the 版记 and a line above it, with a
 * paragraph of Latin capitals that the layout estimate takes for several
 * lines fewer than it prints (imprint-plans.ts): the estimate alone would put
 * the 版记 over the text, a page early or after a needless blank page.
 */
const placements: PlacementCase[] = [
  {
    name: 'ends on the last line of page 2',
    plan: { template: 'official', attachment: false, lines: 10, drift: 80 },
    ends: { page: 2, line: 22 },
    imprint: { page: 4, blankBefore: true },
  },
  {
    name: 'ends a line before the last of page 2',
    plan: { template: 'official', attachment: false, lines: 9, drift: 80 },
    ends: { page: 2, line: 21 },
    imprint: { page: 4, blankBefore: true },
  },
  {
    name: 'runs on a line past page 2',
    plan: { template: 'official', attachment: false, lines: 11, drift: 80 },
    // The date would be alone on page 3: the last paragraph goes over with the 署名 (GB/T 9704 7.3.5).
    ends: { page: 3, line: 4 },
    imprint: { page: 4, blankBefore: false },
  },
  {
    name: 'leaves just the room for the 版记 on page 2',
    plan: { template: 'official', attachment: false, lines: 22, drift: 0 },
    ends: { page: 2, line: 18 },
    imprint: { page: 2, blankBefore: false },
  },
  {
    name: 'attachment ends on the last line of page 2',
    plan: { template: 'official', attachment: true, lines: 6, drift: 60 },
    ends: { page: 2, line: 22 },
    imprint: { page: 4, blankBefore: true },
  },
  {
    name: 'attachment ends a line before the last of page 2',
    plan: { template: 'official', attachment: true, lines: 5, drift: 60 },
    ends: { page: 2, line: 21 },
    imprint: { page: 4, blankBefore: true },
  },
  {
    name: 'attachment runs on a line past page 2',
    plan: { template: 'official', attachment: true, lines: 7, drift: 60 },
    ends: { page: 3, line: 1 },
    imprint: { page: 4, blankBefore: false },
  },
  {
    name: 'attachment leaves just the room for the 版记 on page 2',
    plan: { template: 'official', attachment: true, lines: 14, drift: 0 },
    ends: { page: 2, line: 18 },
    imprint: { page: 2, blankBefore: false },
  },
  {
    name: 'plan template, ends on the last line of page 2',
    plan: { template: 'plan', attachment: false, lines: 22, drift: 80 },
    ends: { page: 2, line: 22 },
    imprint: null,
  },
  {
    name: 'plan template, attachment runs on a line past page 2',
    plan: { template: 'plan', attachment: true, lines: 7, drift: 60 },
    ends: { page: 3, line: 1 },
    imprint: null,
  },
];

const isImprintRow = (row: PdfRow): boolean => compact(row).startsWith('抄送') || compact(row).endsWith('印发');

describeWithTools(
  ['chromium', 'pdftotext', 'pdftoppm'],
  'the 版记 on the last even page by the printed pages, however the estimate drifts (7.4.1, 7.5)',
  () => {
    describe.each(placements)('$name ($plan.template)', ({ plan, ends, imprint }) => {
      let pdf: string;
      let rows: PdfRow[][];
      const inTypeArea = (page: number): PdfRow[] => (rows[page - 1] ?? []).filter((row) => row.centre <= TYPE_AREA.bottom * mm);
      const footer = (page: number): string[] => (rows[page - 1] ?? []).filter((row) => row.centre > TYPE_AREA.bottom * mm).map(compact);
      const lineOf = (row: PdfRow): number => Math.floor((row.centre - TYPE_AREA.top * mm) / PITCH_PT) + 1;

      beforeAll(async () => {
        const name = `placement-${plan.template}-${plan.attachment ? 'attachment-' : ''}${plan.lines}-${plan.drift}.md`;
        ({ pdf } = await printWithChromium(artefact(name, imprintPlan(plan)), plan.template));
        rows = readPdfLayout(pdf).map((page) => rowsOf(page, PITCH_PT));
      });

      it(`the text ends on line ${ends.line} of page ${ends.page}`, () => {
        let last: { page: number; row: PdfRow } | null = null;
        for (let page = 1; page <= rows.length; page += 1) {
          const text = inTypeArea(page).filter((row) => !isImprintRow(row));
          const row = text[text.length - 1];
          if (row) last = { page, row };
        }
        expect(last && { page: last.page, line: lineOf(last.row) }).toEqual(ends);
      });

      it(
        imprint === null
          ? 'prints no 版记 and no blank page, every page numbered in turn'
          : `prints the 版记 at the foot of page ${imprint.page}${imprint.blankBefore ? ' after a blank page, neither numbered' : ''}, every other page numbered in turn`,
        () => {
          const imprintPages = rows.map((_, index) => index + 1).filter((page) => inTypeArea(page).some((row) => compact(row).startsWith('抄送')));
          if (imprint === null) {
            expect(imprintPages).toEqual([]);
            expect(rows.length).toBe(ends.page);
          } else {
            expect(imprintPages).toEqual([imprint.page]);
            expect(rows.length, 'the 版记’s page is the last').toBe(imprint.page);
            expect(imprint.page % 2).toBe(0);
            const blank = imprint.page - 1;
            if (imprint.blankBefore) expect(rows[blank - 1], `page ${blank} is blank`).toEqual([]);
            else expect(inTypeArea(blank).length, `page ${blank} has text`).toBeGreaterThan(0);
            // Below the text's last line, with a line to spare.
            const text = inTypeArea(imprint.page).filter((row) => !isImprintRow(row));
            const cc = inTypeArea(imprint.page).find((row) => compact(row).startsWith('抄送')) as PdfRow;
            const lastText = text[text.length - 1];
            if (lastText) expect(cc.centre - lastText.centre, '抄送 below the text').toBeGreaterThan(1.5 * PITCH_PT);
            // Its last rule is the type area's last line.
            const image = renderPage(pdf, imprint.page, 150, { fromMm: TYPE_AREA.top + 100, toMm: TYPE_AREA.bottom + 3 });
            const bottom = horizontalRules(image, 'dark', 100).at(-1);
            expect(bottom, 'the 版记’s last rule').toBeDefined();
            expect(Math.abs((bottom?.bottomMm ?? 0) - TYPE_AREA.bottom), `last rule at ${bottom?.bottomMm.toFixed(1)} mm`).toBeLessThan(TOLERANCE);
          }
          const unnumbered = imprint?.blankBefore ? [imprint.page - 1, imprint.page] : [];
          for (let page = 1; page <= rows.length; page += 1) {
            expect(footer(page), `page ${page}`).toEqual(unnumbered.includes(page) ? [] : [`—${page}—`]);
          }
        },
      );
    });
  },
);
