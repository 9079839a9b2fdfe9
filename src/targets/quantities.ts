import { comparatorAround } from './comparator-words.js';
import type { Comparator } from './target-types.js';

/** A number with its unit found in a clause, before target context is judged. */
export interface Quantity {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  low?: number;
  high?: number;
}

/** Units of what plans count, longest first within each group so that 万人次 wins over 万人. */
const COUNTED = [
  '个百分点',
  '百分点',
  '微克/立方米',
  '毫克/立方米',
  '人次',
  '户次',
  '场次',
  '批次',
  '架次',
  '标箱',
  '标准箱',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '标准煤',
  '公里',
  '千米',
  '公顷',
  '公斤',
  '千克',
  '小时',
  '分钟',
  '美元',
  '元',
  '人',
  '户',
  '项',
  '个',
  '家',
  '件',
  '次',
  '所',
  '座',
  '米',
  '亩',
  '吨',
  '千瓦',
  '瓦',
  '辆',
  '台',
  '套',
  '张',
  '条',
  '处',
  '篇',
  '部',
  '场',
  '期',
  '批',
  '门',
  '名',
  '间',
  '栋',
  '幢',
  '床',
  '株',
  '棵',
  '头',
  '只',
  '天',
  '斤',
  '份',
  '册',
  '本',
  '支',
  '倍',
  '种',
  '类',
  '例',
  '层',
  '级',
  '课时',
  '学时',
  '字',
  '宗',
  '列',
  '分',
  '艘',
  '片',
  '轮',
  '园',
  '站',
  '村',
  '镇',
  '校',
  '店',
  '块',
  '笔',
  '首',
];
const UNIT = `(?:%|‰|(?:万亿|亿|万|千|百)?(?:${COUNTED.join('|')})|万亿|亿|万)`;
const NUMBER = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const RANGE_SEPARATOR = '(?:-|–|—|－|~|～|至|到)';
/** `5%-5.5%`, `5-5.5%`, `20至30家`, or one number with its unit. */
const QUANTITY = new RegExp(`(${NUMBER})(${UNIT})?(?:${RANGE_SEPARATOR}(${NUMBER})(${UNIT}))|(${NUMBER})(${UNIT})`, 'gu');

/**
 * Makes full-width digits, `．` and `％` half-width, one character for one,
 * so offsets in the result are offsets in the text.
 */
export function normaliseDigits(text: string): string {
  return text.replace(/[０-９．％]/gu, (character) => {
    if (character === '．') return '.';
    if (character === '％') return '%';
    return String.fromCharCode(character.charCodeAt(0) - 0xff10 + 0x30);
  });
}

/**
 * Every number with a unit in a normalised text, with its comparator read
 * from the words around it: 左右 → about; 以上, 不少于, 超过 → atLeast;
 * 以内, 以下, 不超过, 控制在 → atMost; a range → range; none → exactly. A word
 * after the number wins over one before it (控制在3%左右 is about 3%).
 * Dates, years, ordinals and codes (PM2.5, 5G, 第3批) are not quantities.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 4);
    if (/[A-Za-z.\d]$/u.test(before) || /^[A-Za-z]/u.test(after)) continue;
    if (/第$/u.test(before)) continue;
    if (insideQuotes(text, start, end)) continue;
    if (match[3] !== undefined) {
      const low = parseNumber(match[1] as string);
      const high = parseNumber(match[3]);
      // `2025-2027年` is a span of years, not a quantity; a 'range' must rise.
      if (!(low < high)) continue;
      out.push({ start, end, value: low, unit: normaliseUnit(match[4] as string), comparator: 'range', low, high });
      continue;
    }
    out.push({ start, end, value: parseNumber(match[5] as string), unit: normaliseUnit(match[6] as string), comparator: comparatorAround(before, after) });
  }
  return out;
}

function parseNumber(text: string): number {
  return Number.parseFloat(text.replaceAll(',', ''));
}

function normaliseUnit(unit: string): string {
  return unit === '百分点' ? '个百分点' : unit;
}

/** `“民营经济32条”`, `“3个100”`: a number inside quotation marks is part of a name. */
export function insideQuotes(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || text.lastIndexOf('”', start) > open) return false;
  const close = text.indexOf('”', end);
  return close >= 0 && close - end <= 12 && !/[，。；]/u.test(text.slice(end, close));
}
