import type { Comparator } from './target-types.js';

const AFTER_ABOUT = /^(?:左右|上下)/u;
const AFTER_AT_LEAST = /^(?:以上|及以上|多)/u;
const AFTER_AT_MOST = /^(?:以内|以下|之内)/u;
const BEFORE_AT_LEAST = /(?:≥|>=|＞|>|不少于|不低于|不下于|至少|(?<!不)超过|(?<!不)高于|(?<!不)多于|突破|大于)$/u;
const BEFORE_AT_MOST = /(?:≤|<=|＜|<|不超过|不高于|不多于|(?<!不)低于|(?<!不)少于|小于|控制在|压减到|压降到|压减至|压降至)$/u;
const BEFORE_ABOUT = /(?:大约|约|近|接近|将近)$/u;

/**
 * The comparator the words around a number give it: 左右 → about; 以上,
 * 不少于, 超过 → atLeast; 以内, 以下, 不超过, 控制在 → atMost; none →
 * exactly. A word after the number wins over one before it (控制在3%左右 is
 * about 3%).
 */
export function comparatorAround(before: string, after: string): Comparator {
  if (AFTER_ABOUT.test(after)) return 'about';
  if (AFTER_AT_LEAST.test(after)) return 'atLeast';
  if (AFTER_AT_MOST.test(after)) return 'atMost';
  if (BEFORE_AT_LEAST.test(before)) return 'atLeast';
  if (BEFORE_AT_MOST.test(before)) return 'atMost';
  if (BEFORE_ABOUT.test(before)) return 'about';
  return 'exactly';
}
