import { parseChineseNumeral } from '../plan/chinese-numerals.js';
import { comparatorAround } from './comparator-words.js';
import { insideQuotes, type Quantity } from './quantities.js';

/** Things a plan counts in words: 三项, 两场, 五个. Units of measure (%, 万元) are always written in digits. */
const WORDED_UNITS = '项个家所座条次场件名户期套处支部台篇门节轮批';

/**
 * Verbs that make a counted thing a task to be done (完成三项, 举办两场,
 * 新建五所), optionally with a floor (开展不少于两次). Without one, a worded
 * number is almost always part of a name or a set phrase (两个维护, 八项规定,
 * 一批, 新一轮), and the plan's own digits are where its targets are.
 */
const TASK_VERB =
  /(?:完成|建成|新建|新增|开展|举办|组织|召开|培育|创建|制定|出台|修订|引进|改造|推出|认定|评选|新开工|开设|选树|遴选)(?:不少于|不低于|至少)?$/u;
const WORDED = new RegExp(`([一二两三四五六七八九十百]+)([${WORDED_UNITS}])`, 'gu');

/**
 * Counted targets written in Chinese numerals, as clerks often write small
 * counts: 完成三项改革任务, 举办两场招聘会. One is left out (建设一批, 打造一个
 * 平台: an article, not a count), as is a number inside quotation marks
 * (“两个确立”); one not right after a task verb (第三批, 每两个月, 新一轮)
 * is not read at all.
 */
export function findWordedQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const match of text.matchAll(WORDED)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 8), start);
    if (!TASK_VERB.test(before)) continue;
    const value = parseChineseNumeral(match[1] as string);
    if (value === null || value < 2) continue;
    if (insideQuotes(text, start, end)) continue;
    out.push({ start, end, value, unit: match[2] as string, comparator: comparatorAround(before, text.slice(end, end + 4)) });
  }
  return out;
}
