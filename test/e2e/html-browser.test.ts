import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corpusPath, EXAMPLES_DIR, linesToMarkdown } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { openBrowser, openHtmlFile, printToPdf, type BrowserSession } from './html-browser.js';
import { looksLikeTableRow, pointsPerMillimetre, readPdfLayout, rowsOf, type PdfRow } from './html-pdf-layout.js';
import { ARTIFACTS_DIR, renderToArtifact } from './html-render.js';

/**
 * Each example, and the seed, rendered to HTML and opened in the system
 * Chromium: a screenshot in light and dark (kept in test/artifacts/html for
 * a person to look at), no requests and no console errors, then printed to
 * PDF and measured with `pdftotext -bbox-layout` against GB/T 9704.
 */
function seedMarkdown(): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, 'seed.md');
  writeFileSync(file, linesToMarkdown(readFileSync(corpusPath('seed__科技年度工作计划4篇.txt'), 'utf8')));
  return file;
}

const examples = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();
/**
 * `minimumFullPages`: pages that must be full, so that the 22-line check cannot pass by finding none;
 * `minimumFullLines`: the same for the 28-character check (the seed has pinyin in nearly every line).
 */
const cases: Array<{ name: string; file: () => string; template: string; minimumFullPages: number; minimumFullLines: number }> = [
  ...examples.map((name) => ({ name, file: () => join(EXAMPLES_DIR, name), template: 'plan', minimumFullPages: 0, minimumFullLines: 0 })),
  { name: '2027-科技工作计划.md', file: () => join(EXAMPLES_DIR, '2027-科技工作计划.md'), template: 'official', minimumFullPages: 2, minimumFullLines: 15 },
  { name: 'seed (plain lines)', file: seedMarkdown, template: 'plan', minimumFullPages: 10, minimumFullLines: 0 },
];

let session: BrowserSession;

/** Closing punctuation that may end a line in its trimmed half width. */
const closingMark = /[，、。；：”’）》！？]$/u;

describeWithTools(['chromium', 'pdftotext', 'fc-list'], 'HTML in headless Chromium', () => {
  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(cases)(
    '$name ($template): loads with no request and no error, prints to the GB/T 9704 grid',
    async ({ file, template: templateName, minimumFullPages, minimumFullLines }) => {
      const { file: html, template } = await renderToArtifact(file(), templateName);
      const { page, requests, consoleErrors, pageErrors, dialogs } = await openHtmlFile(session, html);
      const artefact = html.replace(/\.html$/, '');

      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      await page.screenshot({ path: `${artefact}.png` });
      const light = await page.evaluate(() => getComputedStyle(document.querySelector('.page') as Element).backgroundColor);
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      await page.screenshot({ path: `${artefact}.dark.png` });
      const dark = await page.evaluate(() => ({
        paper: getComputedStyle(document.querySelector('.page') as Element).backgroundColor,
        ink: getComputedStyle(document.querySelector('.paragraph, .heading') as Element).color,
      }));
      expect(light).toBe('rgb(255, 255, 255)');
      expect(dark.paper).toBe('rgb(30, 30, 30)');
      expect(dark.ink).toBe('rgb(228, 228, 228)');
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

      // On a phone the page reflows: nothing wider than the screen.
      await page.setViewportSize({ width: 360, height: 780 });
      await page.screenshot({ path: `${artefact}.phone.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.setViewportSize({ width: 1000, height: 1400 });

      const pdf = `${artefact}.pdf`;
      await printToPdf(page, pdf);
      expect({ requests, consoleErrors, pageErrors, dialogs }).toEqual({ requests: [], consoleErrors: [], pageErrors: [], dialogs: [] });
      await page.close();

      const { page: paper, grid, fonts, options } = template.manifest;
      const pages = readPdfLayout(pdf);
      expect(pages.length).toBeGreaterThan(1);
      const pitch = grid.linePitchPt;
      const mm = pointsPerMillimetre;
      const typeArea = {
        left: paper.margins.leftMm * mm,
        right: (paper.widthMm - paper.margins.rightMm) * mm,
        top: paper.margins.topMm * mm,
        bottom: (paper.heightMm - paper.margins.bottomMm) * mm,
      };
      const bodyCharacter = fonts.body.sizePt + grid.characterSpacingPt;
      const numberIndent = options.pageNumberIndentCharacters * fonts.pageNumber.sizePt;
      let fullPages = 0;

      pages.forEach((printed, index) => {
        const number = index + 1;
        // A4, as Chromium rounds it to whole CSS pixels.
        expect(Math.abs(printed.width - paper.widthMm * mm)).toBeLessThan(1);
        expect(Math.abs(printed.height - paper.heightMm * mm)).toBeLessThan(1);

        const rows = rowsOf(printed, pitch);
        const footer = rows.filter((row) => row.centre > typeArea.bottom);
        const body = rows.filter((row) => row.centre <= typeArea.bottom);

        // `— N —` below the type area: right on odd pages, left on even ones, one character in.
        expect(footer.map((row) => row.text.replace(/\s+/g, ''))).toEqual([`—${number}—`]);
        const pageNumber = footer[0] as PdfRow;
        if (number % 2 === 1) expect(Math.abs(pageNumber.xMax - (typeArea.right - numberIndent))).toBeLessThan(3);
        else expect(Math.abs(pageNumber.xMin - (typeArea.left + numberIndent))).toBeLessThan(3);

        // Nothing leaves the type area sideways; a closing mark at a line's end may squeeze in
        // by half its width (Chromium trims its blank half, as Word does for a 29th 。).
        for (const row of body) {
          expect(row.xMin).toBeGreaterThan(typeArea.left - 1);
          expect(row.xMax).toBeLessThan(typeArea.right + 1 + (closingMark.test(row.text) ? bodyCharacter / 2 : 0));
        }
        expect(body.length).toBeLessThanOrEqual(grid.linesPerPage + (body.some((row) => looksLikeTableRow(row, bodyCharacter)) ? 10 : 0));

        // A full page (no room for one more line, no table, no 版头) holds exactly 22 lines, each on the grid:
        // its last line is the 22nd down from the type area's top, blank grid lines (after the title, above
        // a 篇 heading, which takes two lines and prints on the second, as in Word) included.
        const first = body[0];
        const last = body[body.length - 1];
        const hasTable = body.some((row) => looksLikeTableRow(row, bodyCharacter));
        const hasLetterhead = number === 1 && template.manifest.blocks.redHeader;
        if (first && last && !hasTable && !hasLetterhead && number < pages.length && last.centre > typeArea.bottom - 1.5 * pitch) {
          fullPages += 1;
          const offsets = body.map((row) => (row.centre - first.centre) / pitch);
          for (const offset of offsets) expect(Math.abs(offset - Math.round(offset))).toBeLessThan(0.25);
          expect({ page: number, lines: Math.floor((last.centre - typeArea.top) / pitch) + 1 }).toEqual({ page: number, lines: grid.linesPerPage });
        }
      });
      expect(fullPages).toBeGreaterThanOrEqual(minimumFullPages);

      // Full lines of plain Chinese text hold 28 characters (29 when a closing mark squeezes in).
      const fullLines = pages
        .flatMap((printed) => rowsOf(printed, pitch).filter((row) => row.centre <= typeArea.bottom))
        // pdftotext puts a space where justification widened a gap; the characters are what count.
        .map((row) => ({ ...row, text: row.text.replace(/\s+/g, '') }))
        .filter(
          (row) => row.xMin < typeArea.left + 1 && row.xMax > typeArea.right - bodyCharacter && /^[\u4e00-\u9fff，、。；：“”‘’（）《》！？]+$/u.test(row.text),
        );
      for (const row of fullLines) {
        expect([...row.text].length).toBeLessThanOrEqual(grid.charactersPerLine + (closingMark.test(row.text) ? 1 : 0));
      }
      expect(fullLines.length).toBeGreaterThanOrEqual(minimumFullLines);
      if (minimumFullLines > 0) {
        const exact = fullLines.filter((row) => [...row.text].length >= grid.charactersPerLine).length;
        expect(exact / fullLines.length).toBeGreaterThan(0.7);
      }
    },
  );

  it('prints each level in its own face: 黑体 for 一、, 楷体 for （一）, 仿宋 for the body (or the stand-ins installed)', async () => {
    const { file } = await renderToArtifact(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'plan');
    const { page } = await openHtmlFile(session, file);
    // A probe of Latin digits inside a body paragraph, added before the DOM is read.
    await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.id = 'latin-probe';
      probe.textContent = '2027';
      document.querySelector('.body > .paragraph')?.append(probe);
    });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const faceOf = async (selector: string): Promise<string> => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? '';
    };
    const body = await faceOf('.body > .paragraph');
    const level1 = await faceOf('.level-1 > .heading > .title');
    const level2 = await faceOf('.level-2 > .heading > .title');
    // 黑体 falls back to a sans face, 仿宋 to a serif one; 楷体 to a Kai face where one is installed
    // (fonts-arphic-ukai on Debian), else on along its stack to the serif face.
    expect(level1).not.toBe(body);
    const kaiInstalled = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split(/[\n,]/)
      .filter((family) => /kai/i.test(family));
    if (kaiInstalled.length > 0) expect(kaiInstalled).toContain(level2);
    else expect(level2).toBe(body);
    // Latin digits in the Latin face: Times New Roman or the nearest installed face of its local() list, never the CJK face.
    expect(await faceOf('#latin-probe')).toMatch(/^(Times New Roman|Times|Liberation Serif|Tinos|Nimbus Roman|DejaVu Serif)$/);
    await page.close();
  });

  it('official: prints the 版记 at the foot of an even last page, below the text, whatever the length', async () => {
    const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');
    const frontMatter = example.slice(0, example.indexOf('---', 4) + 4).replace(/^title: .*\n/m, '');
    const paragraph = '各单位要按照本计划的部署，结合实际制定具体的实施方案，明确责任分工和完成时限，确保各项工作任务落到实处、取得实效。';
    const mm = pointsPerMillimetre;
    const textEnds = new Set<number>();
    let blankPages = 0;
    // Lengths that end the text on an even page, on an odd page, near the foot of an even page, and at the top
    // of an odd one; and the bundled example, whose table must be as tall as in the .docx the estimate follows.
    const plans = [20, 24, 37, 38].map((count) => ({
      name: `imprint-${count}`,
      text: `${frontMatter}\n# 关于加强科技工作的计划\n\n一、总体要求\n\n${Array(count).fill(paragraph).join('\n\n')}\n`,
    }));
    plans.push({ name: 'imprint-example', text: example });
    for (const { name, text } of plans) {
      const markdown = join(ARTIFACTS_DIR, `${name}.md`);
      writeFileSync(markdown, text);
      const { file: html, template } = await renderToArtifact(markdown, 'official');
      const { page } = await openHtmlFile(session, html);
      const pdf = html.replace(/\.html$/, '.pdf');
      await printToPdf(page, pdf);
      await page.close();

      const { page: paper, grid } = template.manifest;
      const typeAreaBottom = (paper.heightMm - paper.margins.bottomMm) * mm;
      const pages = readPdfLayout(pdf).map((printed, index) => ({ number: index + 1, rows: rowsOf(printed, grid.linePitchPt) }));
      const find = (test: (text: string) => boolean): { page: number; row: PdfRow } => {
        for (const printed of pages) {
          const row = printed.rows.find((item) => test(item.text.replace(/\s+/g, '')));
          if (row) return { page: printed.number, row };
        }
        throw new Error(`${name}: line not found`);
      };
      const date = find((text) => text === '2027年1月5日');
      const copied = find((text) => text.startsWith('抄送'));
      const printedBy = find((text) => text.includes('印发'));
      textEnds.add(date.page % 2);
      expect(copied.page % 2, `${name}: 版记 on page ${copied.page}`).toBe(0);
      expect(copied.page, name).toBe(pages.length);
      expect(printedBy.page, name).toBe(copied.page);
      // On the page where the text ends, or the next even one; never overlapping the text.
      expect(copied.page - date.page, name).toBeLessThanOrEqual(2);
      if (copied.page === date.page) expect(copied.row.centre - date.row.centre, name).toBeGreaterThan(grid.linePitchPt * 1.5);
      // Its last line at the foot of the type area, as in the .docx; sharing the text's last page, it keeps
      // the half line the estimate of the text's end leaves spare.
      const gap = (typeAreaBottom - Math.max(...printedBy.row.fragments.map((fragment) => fragment.yMax))) / mm;
      const spare = copied.page === date.page ? grid.linePitchPt / 2 / mm : 0;
      expect(gap, `${name}: 印发 line ${gap.toFixed(1)} mm above the type area's foot`).toBeLessThan(4 + spare);
      expect(gap, name).toBeGreaterThan(-1);
      // GB/T 9704 7.5: a blank page before the 版记's page, and that page, carry no page number; every other page does.
      const blankBefore = copied.page - date.page === 2;
      if (blankBefore) blankPages += 1;
      for (const printed of pages) {
        const footer = printed.rows.filter((row) => row.centre > typeAreaBottom).map((row) => row.text.replace(/\s+/g, ''));
        if (blankBefore && printed.number > date.page) expect(footer, `${name}: page ${printed.number}`).toEqual([]);
        else expect(footer, `${name}: page ${printed.number}`).toEqual([`—${printed.number}—`]);
      }
    }
    // The lengths did test both parities of the last page of text, and a blank page before the 版记's.
    expect([...textEnds].sort()).toEqual([0, 1]);
    expect(blankPages).toBeGreaterThan(0);
  });
});
