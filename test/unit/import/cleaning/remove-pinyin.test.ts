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

  it('keeps brackets that are not readings: no tone mark, or not after a Han character', () => {
    const texts = ['共68頭(只)大小牲畜', '完成了undp(ok)項目', '(一)全面提升', '人(ci)次', 'a(jì)'];
    expect(runStep(removePinyin, texts).texts).toEqual(texts);
  });
});
