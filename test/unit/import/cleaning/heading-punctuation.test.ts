import { describe, expect, it } from 'vitest';
import { headingPunctuation } from '../../../../src/import/cleaning/heading-punctuation.js';
import { runStep } from './run-step.js';

describe('heading-punctuation', () => {
  it('removes end punctuation from stand-alone 一、 and （一） headings', () => {
    expect(runStep(headingPunctuation, ['一、工作目標：', '（一）全面提升企業自主創新能力。']).texts).toEqual([
      '一、工作目標',
      '（一）全面提升企業自主創新能力',
    ]);
  });

  it('keeps run-in headings, lower levels and prose as written', () => {
    const texts = ['（一）加强领导。各部门要高度重视。', '1、认真做好工作；', '工作思路：'];
    expect(runStep(headingPunctuation, texts).texts).toEqual(texts);
  });
});
