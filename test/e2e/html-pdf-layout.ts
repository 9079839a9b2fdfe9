import { readPdfText } from './fidelity/pdf-layout.js';

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

/**
 * The pages and text lines of a PDF in points, each of pdftotext's lines
 * on its own (rowsOf groups them into printed lines), read with the
 * fidelity suite's reader.
 */
export function readPdfLayout(pdf: string): PdfPage[] {
  return readPdfText(pdf).map(({ width, height, lines }) => ({
    width,
    height,
    lines: lines
      .map(({ words, xMin, yMin, xMax, yMax }) => ({ text: words.join(' '), xMin, yMin, xMax, yMax }))
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
  }));
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
