import { describe, expect, it } from 'vitest';
import { matchMarker, matchPartSuffix } from '../../../src/parse/markers.js';

describe('matchMarker', () => {
  it.each([
    ['一、工作目标', 1, 'chinese', 1, '一、', '、'],
    ['十一、其他', 1, 'chinese', 11, '十一、', '、'],
    ['二十三、附则', 1, 'chinese', 23, '二十三、', '、'],
    ['九十九、末项', 1, 'chinese', 99, '九十九、', '、'],
    ['一.工作目标', 1, 'chinese', 1, '一.', '.'],
    ['一，工作目标', 1, 'chinese', 1, '一，', '，'],
    ['一 工作目标', 1, 'chinese', 1, '一', ' '],
    ['（一）加强领导', 2, 'paren-chinese', 1, '（一）', ''],
    ['(一)加强领导', 2, 'paren-chinese', 1, '(一)', ''],
    ['（一)加强领导', 2, 'paren-chinese', 1, '（一)', ''],
    ['（一）、加强领导', 2, 'paren-chinese', 1, '（一）、', '、'],
    ['（十一）其他', 2, 'paren-chinese', 11, '（十一）', ''],
    ['1.大力培育', 3, 'arabic', 1, '1.', '.'],
    ['1、大力培育', 3, 'arabic', 1, '1、', '、'],
    ['1．大力培育', 3, 'arabic', 1, '1．', '．'],
    ['1，大力培育', 3, 'arabic', 1, '1，', '，'],
    ['１.大力培育', 3, 'arabic', 1, '１.', '.'],
    ['12、加强财务', 3, 'arabic', 12, '12、', '、'],
    ['（1）海塘达标', 4, 'paren-arabic', 1, '（1）', ''],
    ['(1)海塘达标', 4, 'paren-arabic', 1, '(1)', ''],
    ['（1）、海塘达标', 4, 'paren-arabic', 1, '（1）、', '、'],
    ['①第一', 5, 'circled', 1, '①', ''],
    ['⑳第二十', 5, 'circled', 20, '⑳', ''],
    ['①、第一', 5, 'circled', 1, '①、', '、'],
    ['第一篇 总体要求', 'part', 'part-ordinal', 1, '第一篇', ''],
    ['第1篇 总体要求', 'part', 'part-ordinal', 1, '第1篇', ''],
    ['篇1', 'part', 'part-suffix', 1, '篇1', ''],
    ['第三章 保障措施', 'chapter', 'chapter', 3, '第三章', ''],
    ['第二节 目标', 'section', 'section', 2, '第二节', ''],
  ])('%s', (text, level, form, ordinal, raw, punctuation) => {
    const match = matchMarker(text);
    expect(match).toMatchObject({ level, form, ordinal, raw, punctuation });
  });

  it('records brackets and digit width as written', () => {
    expect(matchMarker('（一)加强')).toMatchObject({ brackets: { open: '（', close: ')' }, digitWidth: 'full' });
    expect(matchMarker('１.加强')).toMatchObject({ ordinalText: '１', digitWidth: 'full' });
    expect(matchMarker('1.加强')).toMatchObject({ ordinalText: '1', digitWidth: 'half' });
  });

  it('places the title after the marker and its spaces', () => {
    expect(matchMarker('一、 工作目标')?.titleStart).toBe(3);
    expect(matchMarker('（一）　加强领导')?.titleStart).toBe(4);
  });

  it.each([
    ['一、二等奖各评出5名'],
    ['二、三产业协调发展'],
    ['1.2024年完成了目标'],
    ['3.5%的增速'],
    ['1,000万元'],
    ['2024年，我们'],
    ['十一五期间'],
    ['一是加强领导'],
    ['第一时间'],
    ['(a)项'],
    ['工作目标'],
    [''],
    ['一'],
  ])('%s is not a marker', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
});

describe('matchPartSuffix', () => {
  it('reads a title closed by a part number', () => {
    expect(matchPartSuffix('科技年度工作计划 篇1')).toMatchObject({
      title: '科技年度工作计划',
      marker: { level: 'part', form: 'part-suffix', ordinal: 1, raw: '篇1' },
    });
  });

  it('does not read a sentence that ends in a number of 篇', () => {
    expect(matchPartSuffix('下面是小编收集整理的科技年度工作计划4篇')).toBeNull();
    expect(matchPartSuffix('相信许多人会觉得计划很难写，下面是篇1')).toBeNull();
  });
});
