import { execFileSync } from 'node:child_process';

/** A page of a PDF as pixels: pdftoppm's PPM (P6), RGB, one byte a channel. */
export interface PageImage {
  width: number;
  height: number;
  dpi: number;
  /** How far down the page the image starts, in mm (a band of the page, or 0). */
  originMm: number;
  pixels: Uint8Array;
}

/**
 * Renders one page (1-based) with poppler's pdftoppm, or a band of it
 * (`band` in mm down the page), so that thin rules can be measured at a
 * high resolution without rendering the whole page at it.
 */
export function renderPage(pdf: string, page: number, dpi = 200, band?: { fromMm: number; toMm: number }): PageImage {
  const px = (mm: number): number => Math.round((mm / 25.4) * dpi);
  const crop = band ? ['-y', String(px(band.fromMm)), '-H', String(px(band.toMm) - px(band.fromMm)), '-W', String(px(300))] : [];
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), ...crop, '-f', String(page), '-l', String(page), pdf], { maxBuffer: 256 * 1024 * 1024 });
  // Header: "P6", width, height, maxval, each followed by whitespace; the pixels follow.
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset] as number))) offset += 1;
    let field = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset] as number))) field += String.fromCharCode(ppm[offset++] as number);
    fields.push(field);
  }
  offset += 1;
  if (fields[0] !== 'P6' || fields[3] !== '255') throw new Error(`pdftoppm gave an unexpected image header: ${fields.join(' ')}`);
  const originMm = band ? (px(band.fromMm) / dpi) * 25.4 : 0;
  return { width: Number(fields[1]), height: Number(fields[2]), dpi, originMm, pixels: ppm.subarray(offset) };
}

export type Ink = 'red' | 'dark';

function isInk(image: PageImage, x: number, y: number, ink: Ink): boolean {
  const at = (y * image.width + x) * 3;
  const r = image.pixels[at] as number;
  const g = image.pixels[at + 1] as number;
  const b = image.pixels[at + 2] as number;
  return ink === 'red' ? r > 160 && g < 110 && b < 110 : r < 110 && g < 110 && b < 110;
}

/** A distance across the image, in mm. */
export function pxToMm(image: PageImage, px: number): number {
  return (px / image.dpi) * 25.4;
}

/** A row of the image as a distance down the page, in mm. */
export function rowToMm(image: PageImage, row: number): number {
  return image.originMm + pxToMm(image, row);
}

/** The rows (y in px) where `ink` shows at all, between `fromMm` and `toMm` down the page. */
export function inkRows(image: PageImage, ink: Ink, fromMm = 0, toMm = Infinity): number[] {
  const rows: number[] = [];
  const first = Math.max(0, Math.floor(((fromMm - image.originMm) / 25.4) * image.dpi));
  const last = Math.min(image.height - 1, Math.floor(((toMm - image.originMm) / 25.4) * image.dpi));
  for (let y = first; y <= last; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (isInk(image, x, y, ink)) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

/** A horizontal rule: a band of rows with one unbroken run of ink far longer than any glyph. */
export interface Rule {
  topMm: number;
  bottomMm: number;
  thicknessMm: number;
  leftMm: number;
  rightMm: number;
}

/** The longest unbroken run of ink on a row, in px: [start, end). */
function longestRun(image: PageImage, y: number, ink: Ink): [number, number] {
  let best: [number, number] = [0, 0];
  let start = -1;
  for (let x = 0; x <= image.width; x += 1) {
    const on = x < image.width && isInk(image, x, y, ink);
    if (on && start < 0) start = x;
    if (!on && start >= 0) {
      if (x - start > best[1] - best[0]) best = [start, x];
      start = -1;
    }
  }
  return best;
}

/** The horizontal rules of a page: runs of ink at least `minimumMm` long, rows next to each other merged. */
export function horizontalRules(image: PageImage, ink: Ink, minimumMm = 50): Rule[] {
  const minimum = (minimumMm / 25.4) * image.dpi;
  const rules: Rule[] = [];
  let current: { top: number; bottom: number; left: number; right: number } | null = null;
  for (let y = 0; y <= image.height; y += 1) {
    const run = y < image.height ? longestRun(image, y, ink) : ([0, 0] as [number, number]);
    if (run[1] - run[0] >= minimum) {
      if (current && current.bottom === y - 1) {
        current.bottom = y;
        current.left = Math.min(current.left, run[0]);
        current.right = Math.max(current.right, run[1]);
      } else {
        if (current) rules.push(toRule(image, current));
        current = { top: y, bottom: y, left: run[0], right: run[1] };
      }
    }
  }
  if (current) rules.push(toRule(image, current));
  return rules;
}

function toRule(image: PageImage, band: { top: number; bottom: number; left: number; right: number }): Rule {
  return {
    topMm: rowToMm(image, band.top),
    bottomMm: rowToMm(image, band.bottom + 1),
    thicknessMm: pxToMm(image, band.bottom + 1 - band.top),
    leftMm: pxToMm(image, band.left),
    rightMm: pxToMm(image, band.right),
  };
}
