import { parseChineseNumeral } from '../plan/chinese-numerals.js';

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Writes a front-matter date the way GB/T 9704-2012 7.3.5.3 prints it:
 * Arabic numerals, the full year, no zero padding (2027年1月5日). Accepts
 * the forms the front-matter schema allows: `2027-01-05`, `2027年01月05日`
 * and `二〇二七年一月五日`. Returns null for anything else.
 */
export function formatOfficialDate(value: string): string | null {
  const text = value.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(text);
  if (match) {
    const year = Number([...(match[1] as string)].map((char) => YEAR_DIGITS[char]).join(''));
    const month = parseChineseNumeral(match[2] as string);
    const day = parseChineseNumeral(match[3] as string);
    if (month === null || day === null) return null;
    return checked(year, month, day);
  }
  return null;
}

function checked(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}年${month}月${day}日`;
}
