import { execFileSync } from 'node:child_process';

/** One text line as `pdftotext -bbox-layout` reports it: glyph boxes, in points, origin top left. */
export interface PdfLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

function attribute(tag: string, name: string): number {
  const match = new RegExp(`${name}="([-0-9.]+)"`).exec(tag);
  if (!match?.[1]) throw new Error(`pdftotext output lacks ${name} in ${tag}`);
  return Number(match[1]);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The pages and text lines of a PDF, read with poppler's `pdftotext -bbox-layout`. */
export function readPdfLayout(pdf: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const pageMatch of xhtml.matchAll(/<page([^>]*)>([\s\S]*?)<\/page>/g)) {
    const pageTag = pageMatch[1] ?? '';
    const lines: PdfLine[] = [];
    for (const lineMatch of (pageMatch[2] ?? '').matchAll(/<line([^>]*)>([\s\S]*?)<\/line>/g)) {
      const lineTag = lineMatch[1] ?? '';
      const words = [...(lineMatch[2] ?? '').matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((word) => decodeEntities(word[1] ?? ''));
      lines.push({
        text: words.join(' '),
        xMin: attribute(lineTag, 'xMin'),
        yMin: attribute(lineTag, 'yMin'),
        xMax: attribute(lineTag, 'xMax'),
        yMax: attribute(lineTag, 'yMax'),
      });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: attribute(pageTag, 'width'), height: attribute(pageTag, 'height'), lines });
  }
  return pages;
}

export const pointsPerMillimetre = 72 / 25.4;

/** One printed line: the pdftotext fragments whose glyph boxes share a baseline band. */
export interface PdfRow {
  fragments: PdfLine[];
  text: string;
  centre: number;
  xMin: number;
  xMax: number;
}

/**
 * Groups a page's fragments into printed lines. pdftotext splits a line
 * where the font changes (a Latin `1.` before Chinese text) and reports
 * glyph boxes of different heights per font, so fragments are grouped by
 * the centre of their boxes, within a third of a line pitch.
 */
export function rowsOf(page: PdfPage, pitch: number): PdfRow[] {
  const rows: PdfRow[] = [];
  const fragments = [...page.lines].sort((a, b) => (a.yMin + a.yMax) / 2 - (b.yMin + b.yMax) / 2);
  for (const fragment of fragments) {
    const centre = (fragment.yMin + fragment.yMax) / 2;
    const row = rows[rows.length - 1];
    if (row && centre - row.centre < pitch / 3) {
      row.fragments.push(fragment);
    } else {
      rows.push({ fragments: [fragment], text: '', centre, xMin: 0, xMax: 0 });
    }
  }
  for (const row of rows) {
    row.fragments.sort((a, b) => a.xMin - b.xMin);
    row.text = row.fragments.map((fragment) => fragment.text).join('');
    row.xMin = Math.min(...row.fragments.map((fragment) => fragment.xMin));
    row.xMax = Math.max(...row.fragments.map((fragment) => fragment.xMax));
  }
  return rows;
}

/** True when a row has gaps wider than a character between its fragments: a table row, not a line of text. */
export function looksLikeTableRow(row: PdfRow, characterWidth: number): boolean {
  for (let index = 1; index < row.fragments.length; index += 1) {
    const previous = row.fragments[index - 1] as PdfLine;
    if ((row.fragments[index] as PdfLine).xMin - previous.xMax > characterWidth) return true;
  }
  return false;
}
