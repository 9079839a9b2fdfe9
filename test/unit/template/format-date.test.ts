import { describe, expect, it } from 'vitest';
import { formatOfficialDate } from '../../../src/template/format-date.js';

describe('formatOfficialDate', () => {
  it.each([
    ['2027-01-05', '2027年1月5日'],
    ['2027-1-5', '2027年1月5日'],
    ['2027年01月05日', '2027年1月5日'],
    ['２０２７年１２月３１日', '2027年12月31日'],
    ['二〇二七年一月五日', '2027年1月5日'],
    ['二〇二七年十二月二十一日', '2027年12月21日'],
  ])('prints %s as %s', (input, expected) => {
    expect(formatOfficialDate(input)).toBe(expected);
  });

  it.each(['2027-02-30', '2027-13-01', 'next week', '27-1-5'])('refuses %s', (input) => {
    expect(formatOfficialDate(input)).toBeNull();
  });
});
