import { invalidDateReason, readDateParts } from '../parse/calendar-date.js';

/**
 * Writes a front-matter date the way GB/T 9704-2012 7.3.5.3 prints it:
 * Arabic numerals, the full year, no zero padding (2027年1月5日). Accepts
 * the forms the front-matter schema allows: `2027-01-05`, `2027年01月05日`
 * and `二〇二七年一月五日`. Returns null for anything else, and for a day
 * that does not exist (2027-02-30).
 */
export function formatOfficialDate(value: string): string | null {
  const parts = readDateParts(value);
  if (parts === null || invalidDateReason(parts.year, parts.month, parts.day) !== null) return null;
  return `${parts.year}年${parts.month}月${parts.day}日`;
}
