import { describe, expect, it } from 'vitest';
import { removePinyin } from '../../../../src/import/cleaning/remove-pinyin.js';
import { runStep } from './run-step.js';

describe('remove-pinyin', () => {
  it('removes readings after Han characters and counts each one', () => {
    const result = runStep(removePinyin, ['科技年度工作計(jì)劃4篇', '現(xiàn)在會（huì）覺得']);
    expect(result.texts).toEqual(['科技年度工作計劃4篇', '現在會覺得']);
    expect(result.changes.map((change) => change.count)).toEqual([1, 2]);
    expect(result.changes[0]).toMatchObject({ step: 'remove-pinyin', line: 1, before: '科技年度工作計(jì)劃4篇' });
  });

  it('marks a character lost under its reading with 〓 and flags it', () => {
    const result = runStep(removePinyin, ['因?(yàn)為創新', '生長正常,F(xiàn)在', '因?yàn)閯?chuàng)新是']);
    expect(result.texts).toEqual(['因〓為創新', '生長正常,〓在', '因〓閯〓新是']);
    expect(result.review.map((item) => [item.kind, item.line])).toEqual([
      ['lost-character', 1],
      ['lost-character', 2],
      ['lost-character', 3],
      ['lost-character', 3],
    ]);
  });

  it('keeps brackets that are not readings: no tone mark, or not after a Han character', () => {
    const texts = ['共68頭(只)大小牲畜', '完成了undp(ok)項目', '(一)全面提升', '人(ci)次', '123(jì)'];
    expect(runStep(removePinyin, texts).texts).toEqual(texts);
  });
});
