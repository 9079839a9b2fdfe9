import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import type { Page } from 'playwright-core';
import { chromiumPath, openBrowser, type BrowserSession } from './html-browser.js';
import { chromiumPrint, measureSheets, openSheets, shownVersion, squeeze, startPreview, waitForNewer, type MeasuredSheet } from './preview-sheets.js';

const PX_PER_MM = 96 / 25.4;
/** The grid of GB/T 9704 as the built-in templates set it: 22 lines of 28.95 pt, body 16 pt (三号). */
const PITCH = (28.95 * 96) / 72;
const BODY_SIZE = (16 * 96) / 72;
const PAGE_NUMBER_SIZE = (14 * 96) / 72;
const ARTIFACTS = join(PROJECT_DIR, 'test/artifacts/preview');
const OFFICIAL_MARGINS = { top: 37, right: 26, bottom: 35, left: 28 };

/** `plan preview` as a clerk uses it: the built CLI serving a plan, Chromium showing it, an editor saving the file. */
const root = mkdtempSync(join(tmpdir(), 'plan-preview-e2e-'));
const file = join(root, '计划.md');
let child: ChildProcess;
let url = '';
let session: BrowserSession;

/** Saves as vim and many IDEs do: write a new file, rename it over the plan. */
function saveByRename(text: string): void {
  const temporary = join(root, '.计划.md.swp');
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * A4 sheets with GB/T 9704's margins; on every full sheet of body text 22
 * lines at the grid's pitch from the type area's top; nothing below the
 * type area; page numbers `— N —` 7 mm below it, one character in from its
 * outer edge: right on odd sheets, left on even ones.
 */
function expectPrintedSheets(sheets: MeasuredSheet[], options: { unnumbered?: readonly number[]; full?: boolean } = {}): void {
  const unnumbered = options.unnumbered ?? [];
  const margins = OFFICIAL_MARGINS;
  let full = 0;
  sheets.forEach((sheet, index) => {
    const number = index + 1;
    const where = `sheet ${number}`;
    expect(sheet.width, where).toBeCloseTo(210 * PX_PER_MM, 0);
    expect(sheet.height, where).toBeCloseTo(297 * PX_PER_MM, 0);
    expect(Math.abs(sheet.areaTop - margins.top * PX_PER_MM), where).toBeLessThan(1);
    expect(Math.abs(sheet.areaLeft - margins.left * PX_PER_MM), where).toBeLessThan(1);
    expect(Math.abs(sheet.areaWidth - (210 - margins.left - margins.right) * PX_PER_MM), where).toBeLessThan(1);
    for (const line of sheet.lines) expect(line.bottom, `${where}: ${line.text}`).toBeLessThanOrEqual(sheet.areaHeight + 1);

    const next = sheets[index + 1];
    const bodyOnly = sheet.lines.every((line) => !line.inTable && Math.abs(line.size - BODY_SIZE) < 0.1);
    if (next && bodyOnly && next.startsWith === 'paragraph' && !next.forcedStart && sheet.imprint === null) {
      full += 1;
      expect(sheet.lines, where).toHaveLength(22);
      const first = sheet.lines[0]?.top ?? Number.NaN;
      expect(first, where).toBeGreaterThanOrEqual(0);
      expect(first, where).toBeLessThan(PITCH / 2);
      for (const [row, line] of sheet.lines.entries()) expect(Math.abs(line.top - first - row * PITCH), `${where}, line ${row + 1}`).toBeLessThan(1);
    }

    if (unnumbered.includes(number)) {
      expect(sheet.pageNumber, where).toBeNull();
      return;
    }
    const mark = sheet.pageNumber;
    expect(mark, where).not.toBeNull();
    if (!mark) return;
    expect(mark.text).toBe(`— ${number} —`);
    expect(Math.abs(mark.top - (sheet.areaHeight + 7 * PX_PER_MM)), where).toBeLessThan(1.5);
    if (number % 2 === 1) expect(Math.abs(mark.right - (sheet.width - margins.right * PX_PER_MM - PAGE_NUMBER_SIZE)), where).toBeLessThan(1.5);
    else expect(Math.abs(mark.left - (margins.left * PX_PER_MM + PAGE_NUMBER_SIZE)), where).toBeLessThan(1.5);
  });
  if (options.full !== false) expect(full, 'full sheets of body text').toBeGreaterThan(0);
}

/** What laying out the sheets took in the page: reported in test/artifacts, never asserted (speed belongs to benchmarks). */
function paginationTimes(page: Page): Promise<{ paginateMs: number; swapMs: number }> {
  return page.evaluate(() => ({ paginateMs: Number(document.body.dataset['paginateMs']), swapMs: Number(document.body.dataset['swapMs']) }));
}

function recordTimes(name: string, times: object): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `pagination-${name}.json`), `${JSON.stringify(times, null, 2)}\n`);
}

/** Every sheet begins with the text its printed page begins with, and carries the same page number. */
function expectSheetsAsPrinted(sheets: MeasuredSheet[], printed: Array<{ first: string; last: string }>): void {
  expect(sheets).toHaveLength(printed.length);
  sheets.forEach((sheet, index) => {
    const page = printed[index];
    // pdftotext may give a list marker in another font a line of its own: the printed line's start is looked for in the sheet's.
    expect(squeeze(sheet.lines[0]?.text ?? ''), `sheet ${index + 1}`).toContain(squeeze(page?.first ?? '').slice(0, 6));
    if (sheet.pageNumber) expect(squeeze(sheet.pageNumber.text)).toBe(squeeze(page?.last ?? ''));
  });
}

describeWithTools([chromiumPath, 'pdftotext'], 'plan preview in Chromium', () => {
  beforeAll(async () => {
    copyFileSync(join(PROJECT_DIR, 'examples/2027-科技工作计划.md'), file);
    child = spawn(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'preview', '计划.md'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PLAN_LANG: '' },
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`plan preview exited with ${code}`)));
    });
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('lays the plan out as A4 sheets on the 22-line grid, page for page as Chromium prints it', async () => {
    const page = await session.context.newPage();
    const frame = await openSheets(page, url);
    const sheets = await measureSheets(frame);
    expectPrintedSheets(sheets);
    expectSheetsAsPrinted(sheets, chromiumPrint(root, '计划.md'));
    expect(await page.evaluate(() => document.body.dataset['sheets'])).toBe(String(sheets.length));
    recordTimes('example', { bytes: Buffer.byteLength(readFileSync(file)), sheets: sheets.length, load: await paginationTimes(page) });
    await page.close();
  });

  it('shows the plan, updates it in place on save with its new finding, and keeps the last good page on a broken save', async () => {
    const page = await session.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    const plan = page.frameLocator('#plan');
    await expect.poll(() => plan.locator('body').innerText(), { timeout: 20_000 }).toContain('加强机关作风建设');
    await expect.poll(() => page.locator('#count').innerText()).toBe('0');
    // The page has taken the first state's rendering in place.
    await page.waitForFunction(() => document.body.dataset['shown'] === '1');

    // Scroll down, and leave a mark on the frame's window: a reload would lose both.
    const frame = page.frame({ url: /plan\.html/ });
    expect(frame).not.toBeNull();
    await frame?.evaluate(() => {
      (window as unknown as { keep: number }).keep = 42;
      window.scrollTo(0, 600);
    });
    const before = await frame?.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);

    const original = readFileSync(file, 'utf8');
    saveByRename(`${original}\n5.加强督查,按季度通报进展。\n`);
    await expect.poll(() => plan.locator('body').innerText(), { timeout: 10_000 }).toContain('加强督查,按季度通报进展');
    await expect.poll(() => page.locator('#findings li').allInnerTexts()).toEqual([expect.stringContaining('cjk-punctuation')]);
    const item = (await page.locator('#findings li').innerText()).replace(/\s+/g, ' ');
    expect(item).toContain('中文中应使用全角标点');
    const kept = await frame?.evaluate(() => ({ keep: (window as unknown as { keep?: number }).keep, y: window.scrollY }));
    expect(kept).toEqual({ keep: 42, y: before });
    // The finding is marked where it is: the heading of the section it falls in.
    const marked = plan.locator('.plan-finding');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.innerText()).toContain('加强督查');

    // Clicking the finding scrolls to it.
    await frame?.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#findings button').click();
    await expect.poll(() => frame?.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // A save whose front matter does not parse: the error shows, the last good page stays.
    saveByRename(`---\ntitle: [unclosed\n---\n${original}`);
    await expect.poll(() => page.locator('#problem').innerText(), { timeout: 10_000 }).toContain('计划.md');
    expect(await page.locator('#problem').isVisible()).toBe(true);
    expect(await plan.locator('body').innerText()).toContain('加强督查,按季度通报进展');

    saveByRename(original);
    await expect.poll(() => page.locator('#problem').isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => plan.locator('body').innerText()).not.toContain('加强督查');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lays the sheets out again on every save, keeping the reader on the same text', async () => {
    const page = await session.context.newPage();
    const frame = await openSheets(page, url);
    const before = await measureSheets(frame);
    // Read from the middle of the third sheet.
    await frame.evaluate(() => {
      const sheet = document.querySelectorAll('.plan-sheet')[2] as HTMLElement;
      window.scrollTo(0, sheet.getBoundingClientRect().top + window.scrollY + 400);
    });
    // The paragraph at a point near the window's top, and the characters there.
    const shownText = () =>
      frame.evaluate(() => {
        const x = window.innerWidth / 2;
        const y = 200;
        const point = document.caretRangeFromPoint(x, y);
        const node = point?.startContainer;
        const offset = point?.startOffset ?? 0;
        const text = node?.nodeType === Node.TEXT_NODE ? (node as Text).data : '';
        const block = document.elementFromPoint(x, y)?.closest('p, h1, h2, h3, h4, h5, h6, .run-in');
        return { block: block?.textContent?.slice(0, 40) ?? '', here: text.slice(Math.max(0, offset - 6), offset + 6) };
      });
    const reading = await shownText();
    expect(reading.block.length).toBeGreaterThan(10);
    expect(reading.here.length).toBeGreaterThan(3);

    // Three new paragraphs near the top push the text down by several lines.
    const original = readFileSync(file, 'utf8');
    const added = '新增的段落，用于检验预览在编辑后重新分页并保持阅读位置不变。'.repeat(8);
    const edited = original.replace(/^(2027年，樊城区.*)$/m, `$1\n\n${added}\n\n${added}\n\n${added}`);
    expect(edited).not.toBe(original);
    const version = await shownVersion(page);
    saveByRename(edited);
    await waitForNewer(page, version);
    const after = await measureSheets(frame);
    expect(after.length).toBeGreaterThan(before.length);
    expectPrintedSheets(after);
    expect(await shownText()).toEqual(reading);

    saveByRename(original);
    await waitForNewer(page, version + 1);
    expect(await measureSheets(frame)).toHaveLength(before.length);
    expect(await shownText()).toEqual(reading);
    await page.close();
  });

  it('prints the 版头, starts an attachment on a new sheet, and puts the 版记 at the foot of the last even sheet, as Chromium prints them', async () => {
    const folder = join(root, 'notice');
    mkdirSync(folder);
    copyFileSync(join(PROJECT_DIR, 'test/fixtures/render/notice-with-attachment.md'), join(folder, 'notice.md'));
    const notice = await startPreview(folder, 'notice.md', ['--template', 'official']);
    try {
      const page = await session.context.newPage();
      const frame = await openSheets(page, notice.url);
      const sheets = await measureSheets(frame);
      expectPrintedSheets(sheets);
      expectSheetsAsPrinted(sheets, chromiumPrint(folder, 'notice.md', ['--template', 'official']));
      expect(sheets[0]?.hasRedHeader).toBe(true);
      expect(sheets.slice(1).some((sheet) => sheet.hasRedHeader)).toBe(false);
      const attachment = sheets.findIndex((sheet) => sheet.startsWithAttachment);
      expect(attachment).toBeGreaterThan(0);
      expect(sheets[attachment]?.forcedStart).toBe(true);
      const last = sheets.at(-1) as MeasuredSheet;
      expect(sheets.length % 2).toBe(0);
      expect(sheets.findIndex((sheet) => sheet.imprint !== null)).toBe(sheets.length - 1);
      expect(Math.abs((last.imprint?.bottom ?? 0) - last.areaHeight)).toBeLessThan(1);
      await page.close();
    } finally {
      notice.stop();
    }
  });

  it('puts a blank sheet before the 版记 when the text fills its last even sheet, and numbers neither', async () => {
    const folder = join(root, 'full');
    mkdirSync(folder);
    const front = readFileSync(join(PROJECT_DIR, 'examples/2027-科技工作计划.md'), 'utf8').split(/^---$/m)[1];
    const plan = (paragraphs: number) =>
      `---${front}---\n\n${Array.from({ length: paragraphs }, (_, index) => `第${index + 1}项工作按计划推进。`).join('\n\n')}\n`;
    let paragraphs = 30;
    writeFileSync(join(folder, 'full.md'), plan(paragraphs));
    const full = await startPreview(folder, 'full.md', ['--template', 'official']);
    try {
      const page = await session.context.newPage();
      const frame = await openSheets(page, full.url);
      // One line a paragraph: add or take paragraphs until the date, the text's last line, is the last line of sheet 2.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const sheets = await measureSheets(frame);
        const textSheets = sheets.filter((sheet) => sheet.imprint === null && sheet.lines.length > 0);
        const lastSheet = textSheets.length;
        const lastLine = Math.round(((textSheets.at(-1)?.lines.at(-1)?.top ?? 0) - (textSheets.at(-1)?.lines[0]?.top ?? 0)) / PITCH);
        const shift = 22 + 21 - ((lastSheet - 1) * 22 + lastLine);
        if (shift === 0) break;
        paragraphs += shift;
        const version = await shownVersion(page);
        writeFileSync(join(folder, 'full.md'), plan(paragraphs));
        await waitForNewer(page, version);
      }
      const sheets = await measureSheets(frame);
      expect(sheets).toHaveLength(4);
      expect(sheets[1]?.lines.at(-1)?.text).toContain('2027年1月5日');
      expect(sheets[2]?.lines).toEqual([]);
      expect(Math.abs((sheets[3]?.imprint?.bottom ?? 0) - (sheets[3]?.areaHeight ?? 0))).toBeLessThan(1);
      expectPrintedSheets(sheets, { unnumbered: [3, 4], full: false });
      const printed = chromiumPrint(folder, 'full.md', ['--template', 'official']);
      expect(printed).toHaveLength(4);
      expect(printed[2]?.first).toBe('');
      await page.close();
    } finally {
      full.stop();
    }
  });

  it('lays out a seed-sized plan as Chromium prints it', async () => {
    const folder = join(root, 'seed');
    mkdirSync(folder);
    // The example's body five times over: about the seed's 33 KB, a long plan's worth of sheets.
    const example = readFileSync(join(PROJECT_DIR, 'examples/2027-科技工作计划.md'), 'utf8');
    const [, front, body] = example.split(/^---$/m);
    const seed = `---${front}---\n${Array.from({ length: 5 }, () => body).join('\n')}`;
    expect(Buffer.byteLength(seed)).toBeGreaterThan(30_000);
    writeFileSync(join(folder, 'seed.md'), seed);
    const preview = await startPreview(folder, 'seed.md');
    try {
      const page = await session.context.newPage();
      const frame = await openSheets(page, preview.url);
      const sheets = await measureSheets(frame);
      expectPrintedSheets(sheets);
      expect(sheets).toHaveLength(chromiumPrint(folder, 'seed.md').length);
      const times: Array<{ paginateMs: number; swapMs: number }> = [];
      for (let save = 0; save < 5; save += 1) {
        const version = await shownVersion(page);
        writeFileSync(join(folder, 'seed.md'), save % 2 === 0 ? `${seed}\n加强督查。\n` : seed);
        await waitForNewer(page, version);
        times.push(await paginationTimes(page));
      }
      recordTimes('seed-sized', { bytes: Buffer.byteLength(seed), sheets: sheets.length, saves: times });
      await page.close();
    } finally {
      preview.stop();
    }
  });

  it('offers the .docx of the current text for download', async () => {
    const page = await session.context.newPage();
    await page.goto(url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/plan.docx"]').click()]);
    expect(download.suggestedFilename()).toBe('计划.docx');
    const saved = join(root, 'downloaded.docx');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('stops cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
  });
});
