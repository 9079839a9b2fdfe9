import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../../../src/import/cleaning/full-width-punctuation.js';
import { runStep } from './run-step.js';

describe('full-width-punctuation', () => {
  it('makes , ; : ? ! and brackets after Chinese full-width', () => {
    const result = runStep(fullWidthPunctuation, ['流逝,相信大家;工作目標:', '(一)全面提升', '襄樊(樊城)新型', '很難寫?下面!']);
    expect(result.texts).toEqual(['流逝，相信大家；工作目標：', '（一）全面提升', '襄樊（樊城）新型', '很難寫？下面！']);
  });

  it('leaves numbers, times and URLs alone', () => {
    const texts = ['共1,000元', '上午10:30开会', '见 https://example.gov.cn/a,b?c=1:2 页面', '比例3:2', 'function(a, b)'];
    expect(runStep(fullWidthPunctuation, texts).texts).toEqual(texts);
  });

  it('drops the spaces a half-width mark carried before Chinese text', () => {
    expect(runStep(fullWidthPunctuation, ['内部监督, 全面规范', '改造16万平方米, “一户一阀”', 'Hello, world']).texts).toEqual([
      '内部监督，全面规范',
      '改造16万平方米，“一户一阀”',
      'Hello, world',
    ]);
  });

  it('turns a doubled comma into one', () => {
    expect(runStep(fullWidthPunctuation, ['科學技術獎,,推薦']).texts).toEqual(['科學技術獎，推薦']);
  });

  it('marks `? ` between Chinese words as a lost character (〓) instead of a question mark, and flags it', () => {
    const result = runStep(fullWidthPunctuation, ['工作理念:求新? 務實? 進取']);
    expect(result.texts[0]).toBe('工作理念：求新〓 務實〓 進取');
    expect(result.review.map((item) => item.kind)).toEqual(['lost-character', 'lost-character']);
  });
});
