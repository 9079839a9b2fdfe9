const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const DIGIT_CHARS = '一二三四五六七八九';

/** Characters that may appear in a Chinese ordinal of a marker. */
export const CHINESE_NUMERAL_CLASS = '〇零一二两三四五六七八九十百';

/**
 * Reads a Chinese ordinal such as 一, 十, 十一, 二十三, 一百零五. Returns null
 * for anything that is not a well-formed number (e.g. 二二, 十十).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  let sawZero = false;
  for (const char of text) {
    if (char === '十' || char === '百') {
      const unit = char === '十' ? 10 : 100;
      if (unit >= lastUnit) return null;
      total += (pending ?? 1) * unit;
      pending = null;
      lastUnit = unit;
      sawZero = false;
      continue;
    }
    const digit = DIGITS[char];
    if (digit === undefined) return null;
    if (digit === 0) {
      if (sawZero || pending !== null || lastUnit === Infinity) return null;
      sawZero = true;
      continue;
    }
    if (pending !== null) return null;
    pending = digit;
  }
  // 十零 or 一百零: a zero must be followed by a digit.
  if (sawZero && pending === null) return null;
  if (pending !== null) {
    // 一百零五 keeps 5 in the units; 一百五 is colloquial for 150 and not an ordinal here.
    if (lastUnit === 100 && !sawZero) return null;
    total += pending;
  }
  return total > 0 ? total : null;
}

/** Writes 1–999 as a Chinese ordinal: 1 → 一, 11 → 十一, 23 → 二十三, 105 → 一百零五. */
export function formatChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    throw new RangeError(`cannot write ${value} as a Chinese ordinal`);
  }
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  let out = '';
  if (hundreds > 0) out += `${DIGIT_CHARS[hundreds - 1]}百`;
  if (tens > 0) {
    out += tens === 1 && hundreds === 0 ? '十' : `${DIGIT_CHARS[tens - 1]}十`;
  } else if (hundreds > 0 && units > 0) {
    out += '零';
  }
  if (units > 0) out += DIGIT_CHARS[units - 1];
  return out;
}

const CIRCLED_RANGES: Array<[number, number, number]> = [
  [0x2460, 0x2473, 1], // ①–⑳
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
];

export function parseCircledNumeral(char: string): number | null {
  const code = char.codePointAt(0);
  if (code === undefined || char.length !== 1) return null;
  for (const [first, last, base] of CIRCLED_RANGES) {
    if (code >= first && code <= last) return base + (code - first);
  }
  return null;
}

export function formatCircledNumeral(value: number): string {
  for (const [first, last, base] of CIRCLED_RANGES) {
    if (value >= base && value <= base + (last - first)) return String.fromCodePoint(first + value - base);
  }
  throw new RangeError(`no circled numeral for ${value}`);
}

/** Full-width digits ０–９ to ASCII. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

export function hasFullWidthDigits(text: string): boolean {
  return /[０-９]/.test(text);
}
