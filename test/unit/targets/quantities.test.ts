import { describe, expect, it } from 'vitest';
import { findQuantities, normaliseDigits } from '../../../src/targets/quantities.js';

const read = (text: string) =>
  findQuantities(normaliseDigits(text)).map(({ value, unit, comparator, low, high }) => ({
    value,
    unit,
    comparator,
    ...(low === undefined ? {} : { low, high }),
  }));

describe('findQuantities', () => {
  it('reads the comparator from the words around the number', () => {
    expect(read('增长5%左右')).toEqual([{ value: 5, unit: '%', comparator: 'about' }]);
    expect(read('新增就业1200万人以上')).toEqual([{ value: 1200, unit: '万人', comparator: 'atLeast' }]);
    expect(read('失业率5.5%以内')).toEqual([{ value: 5.5, unit: '%', comparator: 'atMost' }]);
    expect(read('不少于10家')).toEqual([{ value: 10, unit: '家', comparator: 'atLeast' }]);
    expect(read('招聘不超过350名')).toEqual([{ value: 350, unit: '名', comparator: 'atMost' }]);
    expect(read('控制在3%左右')).toEqual([{ value: 3, unit: '%', comparator: 'about' }]);
    expect(read('申报30项')).toEqual([{ value: 30, unit: '项', comparator: 'exactly' }]);
  });

  it('reads ranges and normalises full-width digits and ％', () => {
    expect(read('增长5%-5.5%')).toEqual([{ value: 5, unit: '%', comparator: 'range', low: 5, high: 5.5 }]);
    expect(read('增长5%—5.5%')).toEqual([{ value: 5, unit: '%', comparator: 'range', low: 5, high: 5.5 }]);
    expect(read('组建２０至３０个')).toEqual([{ value: 20, unit: '个', comparator: 'range', low: 20, high: 30 }]);
    expect(read('巩固率９９．５％以上')).toEqual([{ value: 99.5, unit: '%', comparator: 'atLeast' }]);
  });

  it('leaves out dates, years, codes, ordinals and names in quotation marks', () => {
    expect(read('2027年6月底前完成')).toEqual([]);
    expect(read('推进5G应用，PM2.5浓度下降')).toEqual([]);
    expect(read('第3批试点')).toEqual([]);
    expect(read('迭代升级“民营经济32条”')).toEqual([]);
    expect(read('2025-2027年')).toEqual([]);
  });
});
