import { invalidDateReason } from '../../parse/calendar-date.js';
import { parseChineseNumeral, toHalfWidthDigits } from '../../plan/chinese-numerals.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'date-format';

const DIGIT_OF: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/*
 * The two 年-dates are searched from their 年, their year looked back at:
 * digits, and 一 among the Chinese numerals, are everywhere in a plan, 年
 * is not, and a search that opens with a class of them stops at each one
 * (ten times slower over a plan for the Chinese date, half again for the
 * Arabic). `dateMatches` gives the date from its year.
 */
/** 2027年01月05日, ２０２７年１月５日: Arabic, half-width, no zero padding. */
export const WRITTEN = /年(?<=([0-9０-９]{4})年)([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?/g;
/** 2027-01-05, 2027/1/5, 2027.1.5 in prose. */
const NUMERIC = /(?<![0-9.\-/])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9.\-/])/g;
/** 二〇二七年一月五日. */
export const CHINESE = /年(?<=([〇零一二三四五六七八九]{4})年)([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})[日号])?/g;

export interface DateMatch {
  start: number;
  written: string;
  year: string;
  month: string;
  day: string | undefined;
}

/** The dates `pattern` (WRITTEN or CHINESE) finds in `text`, each from the first character of its year. */
export function* dateMatches(text: string, pattern: RegExp): Generator<DateMatch> {
  for (const match of text.matchAll(pattern)) {
    const year = match[1] ?? '';
    yield { start: (match.index ?? 0) - year.length, written: year + match[0], year, month: match[2] ?? '', day: match[3] };
  }
}

function validDate(month: number, day: number | null): boolean {
  return month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31));
}

function canonical(year: number | string, month: number, day: number | null): string {
  return `${year}年${month}月${day === null ? '' : `${day}日`}`;
}

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '日期用阿拉伯数字写全年月日，月、日不编虚位：2027年1月5日',
      en: 'Dates use Arabic numerals with the full year and no zero padding: 2027年1月5日',
    },
    rationale: {
      zh: 'GB/T 9704—2012 7.3.5.3：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即 1 不编为 01）。正文中的日期也应采用同一写法。',
      en: 'GB/T 9704-2012 7.3.5.3: dates are written in Arabic numerals with the full year, and months and days carry no leading zero (1, not 01). Dates in the text use the same form.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n会议定于2027年03月05日召开，材料于2027-02-01前报送，二〇二七年一月五日印发。\n',
          messages: [
            '日期格式不规范：期望“2027年3月5日”，实际“2027年03月05日”',
            '日期格式不规范：期望“2027年2月1日”，实际“2027-02-01”',
            '日期格式不规范：期望“2027年1月5日”，实际“二〇二七年一月五日”',
          ],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n会议定于2027年3月5日召开，版本号 1.2.3，地址 https://example.com/2027-01-05。\n' }],
    },
  },
  check(context) {
    const prose = context.facts.prose;
    for (const { start, written, year, month, day } of dateMatches(prose, WRITTEN)) {
      const monthValue = Number.parseInt(toHalfWidthDigits(month), 10);
      const dayValue = day === undefined ? null : Number.parseInt(toHalfWidthDigits(day), 10);
      // A day that does not exist is date-valid's error; a fix here would only rewrite it.
      if (invalidDateReason(Number.parseInt(toHalfWidthDigits(year), 10), monthValue, dayValue) !== null) continue;
      const wanted = canonical(toHalfWidthDigits(year), monthValue, dayValue);
      if (wanted !== written) report(context, start, written, wanted);
    }
    for (const match of prose.matchAll(NUMERIC)) {
      const [written, year = '', , month = '', day = ''] = match;
      const monthValue = Number.parseInt(month, 10);
      const dayValue = Number.parseInt(day, 10);
      if (!validDate(monthValue, dayValue)) continue;
      report(context, match.index ?? 0, written, canonical(year, monthValue, dayValue));
    }
    for (const { start, written, year, month, day } of dateMatches(prose, CHINESE)) {
      const monthValue = parseChineseNumeral(month);
      const dayValue = day === undefined ? null : parseChineseNumeral(day);
      if (monthValue === null || (day !== undefined && dayValue === null) || !validDate(monthValue, dayValue)) continue;
      const yearDigits = [...year].map((char) => DIGIT_OF[char] ?? char).join('');
      if (invalidDateReason(Number(yearDigits), monthValue, dayValue) !== null) continue;
      report(context, start, written, canonical(yearDigits, monthValue, dayValue));
    }
  },
};

function report(context: RuleContext, start: number, written: string, wanted: string): void {
  context.report({
    message: { zh: `日期格式不规范：期望“${wanted}”，实际“${written}”`, en: `Date not in the standard form: expected "${wanted}", found "${written}"` },
    start,
    end: start + written.length,
    fix: [{ start, end: start + written.length, text: wanted }],
  });
}
