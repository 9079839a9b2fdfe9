import { describe, expect, it } from 'vitest';
import { removeStrayQuotes } from '../../../../src/import/cleaning/remove-stray-quotes.js';
import { runStep } from './run-step.js';

describe('remove-stray-quotes', () => {
  it("removes ' and ` between Han characters", () => {
    const result = runStep(removeStrayQuotes, ["企業活力的'源泉", '安排的`其它工作']);
    expect(result.texts).toEqual(['企業活力的源泉', '安排的其它工作']);
    expect(result.changes).toHaveLength(2);
  });

  it('leaves quotes in Latin text and at word edges alone', () => {
    const texts = ["Xi'an 项目", "'引号'", "it's 计划"];
    expect(runStep(removeStrayQuotes, texts).texts).toEqual(texts);
  });
});
