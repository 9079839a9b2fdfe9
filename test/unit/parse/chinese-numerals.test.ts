import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, formatCircledNumeral, parseChineseNumeral, parseCircledNumeral } from '../../../src/plan/chinese-numerals.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['两', 2],
  ])('%s is %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '二二', '十十', '零', '一百五', '十零', '甲'])('%s is not an ordinal', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('writes and reads back every ordinal up to 999', () => {
    for (let value = 1; value <= 999; value += 1) {
      expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value);
    }
    expect(formatChineseNumeral(11)).toBe('十一');
    expect(formatChineseNumeral(110)).toBe('一百一十');
  });

  it('reads and writes circled numbers ①–㊿', () => {
    expect(parseCircledNumeral('①')).toBe(1);
    expect(parseCircledNumeral('⑳')).toBe(20);
    expect(parseCircledNumeral('㉑')).toBe(21);
    expect(parseCircledNumeral('㊿')).toBe(50);
    for (let value = 1; value <= 50; value += 1) expect(parseCircledNumeral(formatCircledNumeral(value))).toBe(value);
  });
});
