import { execFileSync } from 'node:child_process';

export const MM_PER_PT = 25.4 / 72;

/** GB/T 9704 5.2.1 as the templates set it: A4, type area 156 × 225 mm from 28 mm left, 37 mm top. */
export const PAGE = { topMm: 37, leftMm: 28, rightEdgeMm: 210 - 26, bottomEdgeMm: 297 - 35 } as const;

export interface Line {
  text: string;
  /** Glyph box in millimetres from the page's top-left corner. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Page {
  number: number;
  lines: Line[];
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** One line as `pdftotext -bbox-layout` reports it: its words, and its glyph box in points from the page's top-left corner. */
export interface PdfTextLine {
  words: string[];
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A page as `pdftotext -bbox-layout` reports it: its size in points and its lines, in the order pdftotext gives them. */
export interface PdfTextPage {
  width: number;
  height: number;
  lines: PdfTextLine[];
}

function attribute(tag: string, name: string): number {
  const match = new RegExp(`${name}="([-0-9.]+)"`).exec(tag);
  if (!match?.[1]) throw new Error(`pdftotext output lacks ${name} in ${tag}`);
  return Number(match[1]);
}

/** Every page and text line of a PDF, read with poppler's `pdftotext -bbox-layout`: the one reading of a PDF the suites share. */
export function readPdfText(pdf: string): PdfTextPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfTextPage[] = [];
  for (const pageMatch of xhtml.matchAll(/<page([^>]*)>([\s\S]*?)<\/page>/g)) {
    const pageTag = pageMatch[1] ?? '';
    const lines: PdfTextLine[] = [];
    for (const lineMatch of (pageMatch[2] ?? '').matchAll(/<line([^>]*)>([\s\S]*?)<\/line>/g)) {
      const lineTag = lineMatch[1] ?? '';
      lines.push({
        words: [...(lineMatch[2] ?? '').matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((word) => decode(word[1] ?? '')),
        xMin: attribute(lineTag, 'xMin'),
        yMin: attribute(lineTag, 'yMin'),
        xMax: attribute(lineTag, 'xMax'),
        yMax: attribute(lineTag, 'yMax'),
      });
    }
    pages.push({ width: attribute(pageTag, 'width'), height: attribute(pageTag, 'height'), lines });
  }
  return pages;
}

/** Pages and text lines of a PDF, from `pdftotext -bbox-layout`; pieces of one baseline are merged into a line. */
export function readLayout(pdf: string): Page[] {
  return readPdfText(pdf).map((page, index) => {
    const raw: Line[] = page.lines.map((line) => ({
      text: line.words.join(''),
      left: line.xMin * MM_PER_PT,
      right: line.xMax * MM_PER_PT,
      top: line.yMin * MM_PER_PT,
      bottom: line.yMax * MM_PER_PT,
    }));
    raw.sort((a, b) => a.top - b.top || a.left - b.left);
    const lines: Line[] = [];
    for (const line of raw) {
      const previous = lines[lines.length - 1];
      if (previous && Math.abs(previous.top - line.top) < 1) {
        previous.text += line.text;
        previous.left = Math.min(previous.left, line.left);
        previous.right = Math.max(previous.right, line.right);
        previous.bottom = Math.max(previous.bottom, line.bottom);
      } else lines.push({ ...line });
    }
    return { number: index + 1, lines };
  });
}

/** The page's footer line (the page number), if any: the text below the type area. */
export function footerOf(page: Page): Line | undefined {
  return page.lines.find((line) => line.top > PAGE.bottomEdgeMm);
}

/** The text printed inside the type area of every page: no page numbers. */
export function printedText(pages: readonly Page[]): string {
  return pages.flatMap((page) => page.lines.filter((line) => line.top <= PAGE.bottomEdgeMm).map((line) => line.text)).join('\n');
}

/** The first line whose text passes `test`, with its page. */
export function findLine(pages: readonly Page[], test: (text: string) => boolean): { page: number; line: Line } | undefined {
  for (const page of pages) {
    const line = page.lines.find((item) => test(item.text));
    if (line) return { page: page.number, line };
  }
  return undefined;
}
