import { describe, expect, it } from 'vitest';
import { findWordedQuantities } from '../../../src/targets/worded-quantities.js';

const read = (text: string) => findWordedQuantities(text).map(({ value, unit, comparator }) => ({ value, unit, comparator }));

describe('findWordedQuantities', () => {
  it('reads small counts written in Chinese numerals after a task verb', () => {
    expect(read('完成三项改革任务')).toEqual([{ value: 3, unit: '项', comparator: 'exactly' }]);
    expect(read('举办两场招聘会，新建十二所幼儿园')).toEqual([
      { value: 2, unit: '场', comparator: 'exactly' },
      { value: 12, unit: '所', comparator: 'exactly' },
    ]);
    expect(read('开展不少于二十次巡查')).toEqual([{ value: 20, unit: '次', comparator: 'atLeast' }]);
    expect(read('培育五家以上示范企业')).toEqual([{ value: 5, unit: '家', comparator: 'atLeast' }]);
  });

  it('leaves out articles, ordinals, frequencies, set phrases and names', () => {
    expect(read('打造一批品牌，推出一个平台')).toEqual([]);
    expect(read('完成第三批申报，开展新一轮评选，每两个月召开一次例会')).toEqual([]);
    expect(read('落实八项规定，做到“两个维护”，建立四个门类的队伍')).toEqual([]);
    expect(read('出台“三项制度”')).toEqual([]);
  });
});
