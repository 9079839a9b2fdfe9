/** Characters after which a title line may end: the end of a name, a year, a 的 or 关于 phrase. */
const GOOD_BREAK_AFTER = new Set(['于', '的', '年', '局', '委', '府', '区', '市', '省', '县', '会', '部', '厅', '院', '办', '室', '、', '》', '”']);
const OPENING = new Set(['《', '“', '‘', '（', '(', '〔', '【', '「']);
const CLOSING = new Set(['》', '”', '’', '）', ')', '〕', '】', '」', '，', '。', '、', '：', '；', '？', '！']);
/** How far before the even split a break after a good word end is still preferred. */
const LOOK_BACK = 4;

/**
 * Whether a line may end before `chars[cut]`: not inside a 《》, “” or
 * brackets (a document's name is one unit), not inside a number or Latin
 * word, not before a closing mark or after an opening one.
 */
function canBreak(chars: readonly string[], cut: number, depths: readonly number[]): boolean {
  const before = chars[cut - 1] as string;
  const after = chars[cut] as string;
  if (depths[cut] !== 0) return false;
  if (/[0-9A-Za-z.%]/.test(before) && /[0-9A-Za-z.%]/.test(after)) return false;
  return !CLOSING.has(after) && !OPENING.has(before);
}

/** For each position, how many brackets and quotation marks are open before it. */
function bracketDepths(chars: readonly string[]): number[] {
  const depths = [0];
  let depth = 0;
  for (const char of chars) {
    if (OPENING.has(char)) depth += 1;
    else if (CLOSING.has(char) && depth > 0 && !'，。、：；？！'.includes(char)) depth -= 1;
    depths.push(depth);
  }
  return depths;
}

/**
 * Splits a long title into centred lines (GB/T 9704 7.3.1: a title in
 * several lines forms a trapezoid or a diamond, never an hourglass; words
 * are not cut). Lines grow downwards: each line is at most as long as the
 * one below it, and a break falls after a character that ends a word where
 * one is near. A break never falls inside a 《》 or “” name, a number or a
 * Latin word; when keeping one whole needs it, a line may be longer than
 * the next (a diamond), never longer than the width.
 */
export function splitTitle(title: string, maxPerLine: number): string[] {
  const chars = [...title.trim()];
  if (chars.length <= maxPerLine) return [chars.join('')];
  const lineCount = Math.ceil(chars.length / maxPerLine);
  const lines: string[] = [];
  let rest = chars;
  for (let remaining = lineCount; remaining > 1; remaining -= 1) {
    const depths = bracketDepths(rest);
    // The ideal length of this line if the rest were spread evenly, rounded down so lines grow.
    const ideal = Math.floor(rest.length / remaining);
    // The remaining lines must still fit, and this one too.
    const lowest = Math.max(1, rest.length - (remaining - 1) * maxPerLine);
    const highest = Math.min(maxPerLine, rest.length - 1);
    const allowed = (cut: number): boolean => cut >= lowest && cut <= highest && canBreak(rest, cut, depths);
    let cut: number | undefined;
    for (let back = 0; back <= LOOK_BACK && cut === undefined; back += 1) {
      if (allowed(ideal - back) && GOOD_BREAK_AFTER.has(rest[ideal - 1 - back] as string)) cut = ideal - back;
    }
    // Else the allowed break nearest the even split, shorter first.
    for (let distance = 0; cut === undefined && distance <= rest.length; distance += 1) {
      if (allowed(ideal - distance)) cut = ideal - distance;
      else if (allowed(ideal + distance)) cut = ideal + distance;
    }
    cut ??= Math.max(lowest, Math.min(ideal, highest));
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}
