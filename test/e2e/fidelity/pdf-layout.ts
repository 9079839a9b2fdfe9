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

/** Pages and text lines of a PDF, from `pdftotext -bbox-layout`; pieces of one baseline are merged into a line. */
export function readLayout(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((chunk, index) => {
      const raw: Line[] = [];
      for (const match of chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
        const words = [...(match[5] as string).matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => decode(word[1] as string));
        const [left, top, right, bottom] = match.slice(1, 5).map((value) => Number(value) * MM_PER_PT) as [number, number, number, number];
        raw.push({ text: words.join(''), left, right, top, bottom });
      }
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
