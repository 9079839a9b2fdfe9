import { execFileSync } from 'node:child_process';

/** A page as pixels (pdftoppm's binary PPM), at `dpi`. */
export interface PageImage {
  width: number;
  height: number;
  dpi: number;
  pixels: Buffer;
}

export function pageImage(pdf: string, page: number, dpi = 200): PageImage {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf], { maxBuffer: 256 * 1024 * 1024 });
  // Header: P6, width height, 255, each followed by one whitespace byte.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), dpi, pixels: ppm.subarray(header[0].length) };
}

export type Ink = 'red' | 'dark';

function isInk(image: PageImage, x: number, y: number, ink: Ink): boolean {
  const at = (y * image.width + x) * 3;
  const [r, g, b] = [image.pixels[at] as number, image.pixels[at + 1] as number, image.pixels[at + 2] as number];
  return ink === 'red' ? r > 180 && g < 100 && b < 100 : r + g + b < 240;
}

/** A band of rows with ink, in millimetres from the page's top and left. */
export interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Bands of consecutive pixel rows holding `ink`, top to bottom (gaps of more than `gapPx` rows separate bands). */
export function inkBands(image: PageImage, ink: Ink, gapPx = 2): Band[] {
  const mm = 25.4 / image.dpi;
  const bands: Band[] = [];
  let current: { top: number; bottom: number; left: number; right: number } | undefined;
  for (let y = 0; y < image.height; y += 1) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < image.width; x += 1) {
      if (!isInk(image, x, y, ink)) continue;
      if (left < 0) left = x;
      right = x;
    }
    if (left < 0) continue;
    if (current && y - current.bottom <= gapPx + 1) {
      current.bottom = y;
      current.left = Math.min(current.left, left);
      current.right = Math.max(current.right, right);
    } else {
      if (current) bands.push(current);
      current = { top: y, bottom: y, left, right };
    }
  }
  if (current) bands.push(current);
  return bands.map((band) => ({ top: band.top * mm, bottom: (band.bottom + 1) * mm, left: band.left * mm, right: (band.right + 1) * mm }));
}

/**
 * Horizontal rules: rows where ink runs unbroken across at least `minMm`,
 * grouped into bands; each with its thickness (bottom − top).
 */
export function horizontalRules(image: PageImage, ink: Ink, minMm: number): Band[] {
  const mm = 25.4 / image.dpi;
  const rows: Array<{ y: number; left: number; right: number }> = [];
  for (let y = 0; y < image.height; y += 1) {
    let run = 0;
    let best = { left: 0, right: -1 };
    for (let x = 0; x < image.width; x += 1) {
      if (isInk(image, x, y, ink)) {
        run += 1;
        if (run > best.right - best.left + 1) best = { left: x - run + 1, right: x };
      } else run = 0;
    }
    if ((best.right - best.left + 1) * mm >= minMm) rows.push({ y, ...best });
  }
  const bands: Band[] = [];
  for (const row of rows) {
    const last = bands[bands.length - 1];
    if (last && row.y * mm - last.bottom < mm * 1.5) {
      last.bottom = (row.y + 1) * mm;
      last.left = Math.min(last.left, row.left * mm);
      last.right = Math.max(last.right, (row.right + 1) * mm);
    } else bands.push({ top: row.y * mm, bottom: (row.y + 1) * mm, left: row.left * mm, right: (row.right + 1) * mm });
  }
  return bands;
}
