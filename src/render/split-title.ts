/** Characters after which a title line may end: the end of a name, a year, a 的 or 关于 phrase. */
const GOOD_BREAK_AFTER = new Set(['于', '的', '年', '局', '委', '府', '区', '市', '省', '县', '会', '部', '厅', '院', '办', '室', '、', '》', '”']);

/**
 * Splits a long title into centred lines (GB/T 9704 7.3.1: a title in
 * several lines forms a trapezoid or a diamond, never an hourglass; words
 * are not cut). Lines grow downwards: each line is at most as long as the
 * one below it, and a break falls after a character that ends a word where
 * one is near.
 */
export function splitTitle(title: string, maxPerLine: number): string[] {
  const chars = [...title.trim()];
  if (chars.length <= maxPerLine) return [chars.join('')];
  const lineCount = Math.ceil(chars.length / maxPerLine);
  const lines: string[] = [];
  let rest = chars;
  for (let remaining = lineCount; remaining > 1; remaining -= 1) {
    // The ideal length of this line if the rest were spread evenly, rounded down so lines grow.
    const ideal = Math.floor(rest.length / remaining);
    let cut = ideal;
    for (let back = 0; back <= Math.min(4, ideal - 1); back += 1) {
      if (GOOD_BREAK_AFTER.has(rest[ideal - 1 - back] as string)) {
        cut = ideal - back;
        break;
      }
    }
    // The remaining lines must still fit.
    cut = Math.max(cut, rest.length - (remaining - 1) * maxPerLine);
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}
