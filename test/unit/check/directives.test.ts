import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import { presetRules } from '../../../src/config/presets.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

const config = { rules: presetRules('recommended'), ignore: [], root: '/', file: null };

function reported(text: string): string[] {
  return checkPlan(parsePlan(text), config).map((diagnostic) => `${diagnostic.position?.start.line ?? 0} ${diagnostic.ruleId}`);
}

describe('inline directives', () => {
  it('disable-next-line turns a rule off for the next line only', () => {
    const text = '# 计划\n\n<!-- plan-disable-next-line no-placeholder -->\n20xx年完成。\n\n20xx年启动。\n';
    expect(reported(text)).toEqual(['6 no-placeholder']);
  });

  it('disable without rule ids turns every rule off until plan-enable', () => {
    const text = '# 计划\n\n<!-- plan-disable -->\n\n20xx年,完成。\n\n<!-- plan-enable -->\n\n20xx年,启动。\n';
    expect(reported(text).sort()).toEqual(['9 cjk-punctuation', '9 no-placeholder']);
  });

  it('enable of one rule inside a disable-all keeps the others off', () => {
    const text = '# 计划\n\n<!-- plan-disable -->\n<!-- plan-enable no-placeholder -->\n\n20xx年,完成。\n';
    expect(reported(text)).toEqual(['6 no-placeholder']);
  });

  it('ignores directives written in code', () => {
    const text = '# 计划\n\n```\n<!-- plan-disable -->\n```\n\n20xx年完成。\n';
    expect(reported(text)).toEqual(['7 no-placeholder']);
  });

  it('warns about a directive naming a rule that does not exist', () => {
    const diagnostics = checkPlan(parsePlan('# 计划\n\n<!-- plan-disable no-placeholders -->\n\n正文。\n'), config);
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.severity, diagnostic.position?.start.line])).toEqual([
      ['plan-directive', 'warning', 3],
    ]);
    expect(diagnostics[0]?.message.zh).toMatch(/^注释指令中的规则“no-placeholders”不存在；可用规则：front-matter、title、/);
  });
});
