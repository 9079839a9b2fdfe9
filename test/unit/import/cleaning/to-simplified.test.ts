import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../../src/import/cleaning/to-simplified.js';
import { CLEANING_STEPS } from '../../../../src/import/cleaning/steps.js';
import { runStep } from './run-step.js';

describe('to-simplified', () => {
  it('converts traditional characters and Taiwan phrasing to mainland simplified', () => {
    const result = runStep(toSimplified, ['科技年度工作計劃', '軟體與網路', '（一）全面提升企業自主創新能力']);
    expect(result.texts).toEqual(['科技年度工作计划', '软件与网络', '（一）全面提升企业自主创新能力']);
  });

  it('is off unless asked for', () => {
    expect(CLEANING_STEPS.find((step) => step.id === 'to-simplified')?.enabledByDefault).toBe(false);
  });
});
