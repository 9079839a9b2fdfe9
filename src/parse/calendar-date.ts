import { parseChineseNumeral, toHalfWidthDigits } from '../plan/chinese-numerals.js';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Reads a date in one of the forms the front matter allows (`2027-01-05`,
 * `2027年1月5日`, `二〇二七年一月五日`, full-width digits too) into its
 * numbers, whether or not such a day exists; null for any other text.
 */
export function readDateParts(value: string): DateParts | null {
  const text = toHalfWidthDigits(value.trim());
  const arabic = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (arabic) return { year: Number(arabic[1]), month: Number(arabic[2]), day: Number(arabic[3]) };
  const chinese = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(text);
  if (!chinese) return null;
  const month = parseChineseNumeral(chinese[2] as string);
  const day = parseChineseNumeral(chinese[3] as string);
  if (month === null || day === null) return null;
  return { year: Number([...(chinese[1] as string)].map((char) => YEAR_DIGITS[char]).join('')), month, day };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

/**
 * Why a date does not exist, or null when it does: 13月, 2月30日. The day
 * may be left out (2027年3月).
 */
export function invalidDateReason(year: number, month: number, day: number | null): { zh: string; en: string } | null {
  if (month < 1 || month > 12) return { zh: `没有${month}月，月份应为1至12`, en: `there is no month ${month}; months run from 1 to 12` };
  if (day === null) return null;
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return null;
  return { zh: `${year}年${month}月只有${days}天`, en: `${year}-${month} has ${days} days` };
}
