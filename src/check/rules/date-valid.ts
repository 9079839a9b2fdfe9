import { parseChineseNumeral, toHalfWidthDigits } from '../../plan/chinese-numerals.js';
import { invalidDateReason } from '../../parse/calendar-date.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import { CHINESE, dateMatches, WRITTEN } from './date-format.js';

const id = 'date-valid';

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '日期必须真实存在：没有13月，2月没有30日',
      en: 'Dates exist: there is no month 13 and no 30 February',
    },
    rationale: {
      zh: '写错的日期（2027年2月30日、2027年13月）会原样印在公文上，是实质错误而不是格式问题，所以默认为“错误”，plan build 不会生成带有这种错误的文件（除非加 --force）。文件头中 date、printDate 的日期由 front-matter 规则检查。写法是否规范由 date-format 规则检查。',
      en: 'A date that does not exist (30 February, month 13) is printed as written; it is a mistake of substance, not of form, so it is an error and plan build refuses the plan (unless --force). Dates in the front matter (date, printDate) are checked by front-matter; how dates are written, by date-format.',
    },
    defaultSeverity: 'error',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n会议定于2027年2月30日召开，2027年13月前完成总结，二〇二七年四月三十一日验收。\n',
          messages: [
            '日期不存在：“2027年2月30日”（2027年2月只有28天）',
            '日期不存在：“2027年13月”（没有13月，月份应为1至12）',
            '日期不存在：“二〇二七年四月三十一日”（2027年4月只有30天）',
          ],
        },
      ],
      pass: [{ text: '# 2028年工作计划\n\n会议定于2028年2月29日召开，12月31日前完成总结。\n' }],
    },
  },
  check(context) {
    const prose = context.facts.prose;
    const report = (start: number, written: string, year: number, month: number | null, day: number | null): void => {
      if (month === null) return;
      const reason = invalidDateReason(year, month, day);
      if (reason === null) return;
      context.report({
        message: { zh: `日期不存在：“${written}”（${reason.zh}）`, en: `No such date: "${written}" (${reason.en})` },
        start,
        end: start + written.length,
      });
    };
    for (const { start, written, year, month, day } of dateMatches(prose, WRITTEN)) {
      const number = (text: string): number => Number.parseInt(toHalfWidthDigits(text), 10);
      report(start, written, number(year), number(month), day === undefined ? null : number(day));
    }
    for (const { start, written, year, month, day } of dateMatches(prose, CHINESE)) {
      const dayValue = day === undefined ? null : parseChineseNumeral(day);
      if (day !== undefined && dayValue === null) continue;
      report(start, written, Number([...year].map((char) => YEAR_DIGITS[char] ?? char).join('')), parseChineseNumeral(month), dayValue);
    }
  },
};
