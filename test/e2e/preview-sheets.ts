import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { PROJECT_DIR } from '../helpers/corpus.js';
import { readPdfLayout } from './html-pdf-layout.js';

const PLAN = join(PROJECT_DIR, 'bin/plan.js');

/** One line of text on a sheet, as the browser drew it: glyph boxes in CSS px from the type area's top left. */
export interface SheetLine {
  text: string;
  top: number;
  bottom: number;
  /** Font size in px of its first character. */
  size: number;
  inTable: boolean;
}

/** One sheet of the preview, measured in the page: nothing here is taken from the paginator's own numbers. */
export interface MeasuredSheet {
  width: number;
  height: number;
  /** The type area's offset in the sheet and its size. */
  areaTop: number;
  areaLeft: number;
  areaWidth: number;
  areaHeight: number;
  lines: SheetLine[];
  /** The sheet starts where the text asks for a new page (a 篇 or an attachment). */
  forcedStart: boolean;
  pageNumber: { text: string; left: number; right: number; top: number } | null;
  /** The 版记's box, from the type area's top, when it is on this sheet. */
  imprint: { top: number; bottom: number } | null;
  hasRedHeader: boolean;
  startsWithAttachment: boolean;
  /**
   * What its first text belongs to. Only before a paragraph must the sheet
   * before be full: a heading goes on with what it heads, a signature block
   * is not cut, the 版记 has a sheet's foot of its own.
   */
  startsWith: 'paragraph' | 'heading' | 'other' | 'nothing';
}

/**
 * Measures every sheet of the preview's frame: each character's box, grouped
 * into lines by their middles, so a line is what a reader sees as one.
 */
export function measureSheets(frame: Frame): Promise<MeasuredSheet[]> {
  return frame.evaluate(() => {
    const range = document.createRange();
    /** The element holding the sheet's first drawn text. */
    const firstTextElement = (root: Element): Element | null => {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        if ((node.textContent ?? '').trim() !== '') return node.parentElement;
      }
      return null;
    };
    return Array.from(document.querySelectorAll('.plan-sheet'), (sheet) => {
      const box = sheet.getBoundingClientRect();
      const areaElement = sheet.querySelector('.plan-sheet-area') as HTMLElement;
      const area = areaElement.getBoundingClientRect();
      const lines: Array<{ text: string; top: number; bottom: number; size: number; inTable: boolean; middle: number }> = [];
      const walker = document.createTreeWalker(areaElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement as HTMLElement;
        const size = Number.parseFloat(getComputedStyle(parent).fontSize);
        const inTable = parent.closest('table') !== null;
        for (let offset = 0; offset < node.data.length; offset += 1) {
          if (/\s/.test(node.data[offset] ?? '')) continue;
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const glyph = range.getBoundingClientRect();
          if (glyph.height === 0) continue;
          const middle = (glyph.top + glyph.bottom) / 2 - area.top;
          let line = lines.find((candidate) => Math.abs(candidate.middle - middle) < 4);
          if (!line) {
            line = { text: '', top: glyph.top - area.top, bottom: glyph.bottom - area.top, size, inTable, middle };
            lines.push(line);
          }
          line.text += node.data[offset];
          line.top = Math.min(line.top, glyph.top - area.top);
          line.bottom = Math.max(line.bottom, glyph.bottom - area.top);
          line.inTable ||= inTable;
        }
      }
      lines.sort((a, b) => a.middle - b.middle);
      const first = firstTextElement(areaElement);
      const forced = first?.closest('.new-page');
      const number = sheet.querySelector('.plan-page-number');
      // The digits and dashes as drawn, not the box with its padding.
      if (number) range.selectNodeContents(number);
      const numberBox = number ? range.getBoundingClientRect() : undefined;
      const imprint = sheet.querySelector('.imprint')?.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        areaTop: area.top - box.top,
        areaLeft: area.left - box.left,
        areaWidth: area.width,
        areaHeight: area.height,
        lines: lines.map(({ middle: _middle, ...line }) => line),
        forcedStart: forced !== null && forced !== undefined && !forced.classList.contains('plan-continued'),
        pageNumber:
          number && numberBox
            ? { text: number.textContent ?? '', left: numberBox.left - box.left, right: numberBox.right - box.left, top: numberBox.top - area.top }
            : null,
        imprint: imprint ? { top: imprint.top - area.top, bottom: imprint.bottom - area.top } : null,
        hasRedHeader: sheet.querySelector('.red-header') !== null,
        startsWithAttachment: (first?.closest('.attachment-label') ?? null) !== null,
        startsWith: !first ? 'nothing' : first.closest('.heading') ? 'heading' : first.closest('.paragraph, .run-in') ? 'paragraph' : 'other',
      };
    });
  });
}

/** A running `plan preview` and its address. */
export interface PreviewProcess {
  url: string;
  child: ChildProcess;
  stop: () => void;
}

export async function startPreview(folder: string, file: string, args: readonly string[] = []): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [PLAN, 'preview', file, ...args], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PLAN_LANG: '' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) resolve(found[0]);
    });
    child.on('exit', (code) => reject(new Error(`plan preview exited with ${code}`)));
  });
  return {
    url,
    child,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGINT');
    },
  };
}

/** Opens the preview and waits until the page shows the plan's latest rendering laid out in sheets. */
export async function openSheets(page: Page, url: string): Promise<Frame> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const version = document.getElementById('status')?.dataset['version'];
      return version !== undefined && document.body.dataset['shown'] === version && document.body.dataset['sheets'] !== undefined;
    },
    null,
    { timeout: 20_000 },
  );
  const frame = page.frame({ url: /plan\.html/ });
  if (!frame) throw new Error('the preview has no plan frame');
  return frame;
}

/** The version of the rendering the page shows. */
export async function shownVersion(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset['shown']));
}

/** Waits until the page shows a rendering newer than `version`. */
export async function waitForNewer(page: Page, version: number): Promise<void> {
  await page.waitForFunction((old) => Number(document.body.dataset['shown']) > old, version, { timeout: 10_000 });
}

/** The pages of `plan build --format pdf --pdf-engine chromium`: what the sheets must match. */
export function chromiumPrint(folder: string, file: string, args: readonly string[] = []): Array<{ first: string; last: string }> {
  const pdf = join(folder, `${file}.pdf`);
  const result = spawnSync(
    process.execPath,
    [PLAN, '--lang', 'en', 'build', file, ...args, '--force', '--format', 'pdf', '--pdf-engine', 'chromium', '-o', pdf],
    {
      cwd: folder,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`plan build failed: ${result.stderr}`);
  return readPdfLayout(pdf).map((page) => ({ first: page.lines[0]?.text ?? '', last: page.lines.at(-1)?.text ?? '' }));
}

/** Text without spaces, for comparing what the PDF and the page show. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
