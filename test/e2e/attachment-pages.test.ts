import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { pointsPerMillimetre, readPdfLayout, rowsOf, type PdfPage, type PdfRow } from './html-pdf-layout.js';

/**
 * GB/T 9704 7.3.4 and 8, measured on printed pages: a 通知 whose attachment
 * (a 规划 with 一、（一）1.（1） sections) starts on a new page right after the
 * signature and date, its label at the top left of the first line, its title
 * centred on the third line, all its sections after the signature, page
 * numbers carrying on, and the 版记 after it. LibreOffice prints the .docx,
 * Chromium the HTML, each through `plan build --format pdf`.
 */

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const FIXTURE = join(PROJECT_DIR, 'test/fixtures/render/notice-with-attachment.md');
const ARTIFACTS = join(PROJECT_DIR, 'test/artifacts/attachments');

const LEFT_MM = 28;
const TYPE_AREA_CENTRE_MM = 28 + 156 / 2;
const TOP_MM = 37;
const PITCH_MM = 28.95 / pointsPerMillimetre;
/** The 成文日期 line: the only line that is just the date (the 版记 adds 印发). */
const DATE = '2021年10月13日';
const TITLE = '崇明区水务“十四五”规划';
/** Headings of the attachment, from its first to its last. */
const ATTACHMENT_HEADINGS = [
  '一、“十三五”工作回顾',
  '（一）主要工作成效',
  '1.水安全基础得到巩固',
  '（二）主要存在问题',
  '二、水务发展趋势',
  '三、“十四五”保障措施',
  '（四）弘扬护水文化',
];

let work: string;

beforeAll(() => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'plan-attachment-pages-'));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function render(engine: 'libreoffice' | 'chromium'): Array<{ page: PdfPage; rows: PdfRow[] }> {
  const pdf = join(work, `notice-${engine}.pdf`);
  const result = spawnSync(
    process.execPath,
    [PLAN, '--lang', 'en', 'build', FIXTURE, '--template', 'official', '--format', 'pdf', '--pdf-engine', engine, '-o', pdf],
    {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    },
  );
  expect(result.status, result.stderr).toBe(0);
  copyFileSync(pdf, join(ARTIFACTS, `notice-with-attachment-${engine}.pdf`));
  return readPdfLayout(pdf).map((page) => ({ page, rows: rowsOf(page, 28.95) }));
}

const mm = (points: number): number => points / pointsPerMillimetre;
/** Rows without the page number at the foot. */
const textRows = (rows: readonly PdfRow[]): PdfRow[] => rows.filter((row) => !/^—\s*\d+\s*—$/.test(row.text.trim()));
const squeeze = (text: string): string => text.replace(/\s+/g, '');

function measureAttachment(engine: 'libreoffice' | 'chromium'): void {
  const pages = render(engine);
  const pageOf = (predicate: (row: PdfRow) => boolean): number => pages.findIndex(({ rows }) => rows.some(predicate));
  const signaturePage = pageOf((row) => squeeze(row.text) === DATE);
  expect(signaturePage).toBeGreaterThanOrEqual(0);

  // The attachment starts on the page right after the signature and date, with its label as the page's first line.
  const attachmentPage = signaturePage + 1;
  const rows = textRows(pages[attachmentPage]?.rows ?? []);
  const [label, title] = rows;
  expect(squeeze(label?.text ?? '')).toBe('附件');
  expect(mm(label!.xMin)).toBeCloseTo(LEFT_MM, 0);
  // Its glyphs sit on the first line of the type area, the title's on the third.
  const lineOf = (row: PdfRow): number => Math.floor((mm(row.centre) - TOP_MM) / PITCH_MM) + 1;
  expect(lineOf(label!)).toBe(1);
  expect(squeeze(title?.text ?? '')).toBe(TITLE);
  expect(lineOf(title!)).toBe(3);
  expect(Math.abs(mm((title!.xMin + title!.xMax) / 2) - TYPE_AREA_CENTRE_MM)).toBeLessThan(1);

  // Every heading of the attachment comes after the signature, in order; none is left in the body.
  let last = attachmentPage;
  for (const heading of ATTACHMENT_HEADINGS) {
    const at = pageOf((row) => squeeze(row.text).startsWith(heading));
    expect(at, heading).toBeGreaterThanOrEqual(last);
    last = at;
  }

  // Page numbers carry on through the attachment: — N — on every page up to the last page of text.
  const imprintPage = pageOf((row) => row.text.includes('抄送'));
  expect(imprintPage).toBeGreaterThanOrEqual(last);
  for (let index = 0; index <= last; index += 1) {
    const numbers = (pages[index]?.rows ?? []).map((row) => /^—\s*(\d+)\s*—$/.exec(row.text.trim())?.[1]).filter((number) => number !== undefined);
    expect(numbers, `page ${index + 1}`).toEqual([String(index + 1)]);
  }
}

describeWithTools(['soffice', 'pdftotext'], 'an attachment printed by LibreOffice from the .docx', () => {
  it('starts on a new page after the signature and date, label top left, title centred on the third line, its sections after it, page numbers on', () => {
    measureAttachment('libreoffice');
  });
});

describeWithTools(['chromium', 'pdftotext'], 'an attachment printed by Chromium from the HTML', () => {
  it('starts on a new page after the signature and date, label top left, title centred on the third line, its sections after it, page numbers on', () => {
    measureAttachment('chromium');
  });
});
