/** Word measures lengths in twips (1/20 pt) and font sizes in half-points. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function mmToPt(mm: number): number {
  return (mm / 25.4) * 72;
}

export function ptToMm(pt: number): number {
  return (pt / 72) * 25.4;
}

export function twipsToMm(twips: number): number {
  return ptToMm(twips / 20);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Border widths are in eighths of a point. */
export function mmToEighthPoints(mm: number): number {
  return Math.max(2, Math.round(mmToPt(mm) * 8));
}

/** Width of text in characters of the body font: full-width characters count 1, half-width ones (digits, Latin) ½. */
export function textWidthInCharacters(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code < 0x1100 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
  }
  return width;
}
