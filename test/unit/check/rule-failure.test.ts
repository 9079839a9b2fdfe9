import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import type { Rule } from '../../../src/check/rule.js';
import type { Text } from '../../../src/i18n/text.js';
import { NO_OPTIONS } from '../../../src/check/rule.js';
import { presetRules } from '../../../src/config/presets.js';
import type { ResolvedConfig } from '../../../src/config/resolved-config.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

function rule(id: string, check: Rule['check']): Rule {
  return {
    meta: {
      id,
      description: { zh: id, en: id },
      rationale: { zh: id, en: id },
      defaultSeverity: 'warning',
      fixable: false,
      optionsSchema: NO_OPTIONS,
      defaultOptions: {},
      docsUrl: '',
      examples: { fail: [], pass: [] },
    },
    check,
  };
}

function config(customRules: Rule[], rules: ResolvedConfig['rules'] = {}): ResolvedConfig {
  const settings = presetRules('recommended');
  for (const custom of customRules) settings[custom.meta.id] = { severity: custom.meta.defaultSeverity, options: {} };
  return { rules: { ...settings, ...rules }, ignore: [], root: '/', file: null, customRules };
}

const PLAN = '# 2027年工作计划\n\n一、工作目标\n\n全年完成各项任务,确保质量。\n';

describe('a rule that throws', () => {
  it('is named in an error of its own, and the other rules still run', () => {
    const broken = rule('broken-rule', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'text')");
    });
    const after = rule('after-rule', (context) => context.report({ message: { zh: '之后的规则', en: 'later rule' }, start: 0, end: 1 }));
    const diagnostics = checkPlan(parsePlan(PLAN), config([broken, after]));
    const failure = diagnostics.find((diagnostic) => diagnostic.ruleId === 'broken-rule');
    expect(failure?.severity).toBe('error');
    expect(failure?.message.zh).toBe(
      "规则“broken-rule”运行出错，本文件未完成该规则的检查（其他规则照常检查）：TypeError: Cannot read properties of undefined (reading 'text')",
    );
    expect(failure?.message.en).toContain('Rule "broken-rule" failed');
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'after-rule')).toBe(true);
    // A built-in rule run before it still reports (the half-width comma).
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'cjk-punctuation')).toBe(true);
  });

  it('keeps what it reported before it threw, and reports a thrown non-Error too', () => {
    const half = rule('half-rule', (context) => {
      // As a rule written in JavaScript may: plain text, not { zh, en }.
      context.report({ message: '先报告一条' as unknown as Text, start: 0, end: 1 });
      throw 'gave up';
    });
    const diagnostics = checkPlan(parsePlan(PLAN), config([half])).filter((diagnostic) => diagnostic.ruleId === 'half-rule');
    // The failure has no place in the source, so it comes first.
    expect(diagnostics.map((diagnostic) => diagnostic.message.zh)).toEqual([
      '规则“half-rule”运行出错，本文件未完成该规则的检查（其他规则照常检查）：gave up',
      '先报告一条',
    ]);
    // Plain text from a JavaScript rule is shown in both languages.
    expect(diagnostics[1]?.message.en).toBe('先报告一条');
  });

  it('is not run when turned off', () => {
    const broken = rule('broken-rule', () => {
      throw new Error('boom');
    });
    expect(
      checkPlan(parsePlan(PLAN), config([broken], { 'broken-rule': { severity: 'off', options: {} } })).some(
        (diagnostic) => diagnostic.ruleId === 'broken-rule',
      ),
    ).toBe(false);
  });
});

describe('custom rules in inline directives', () => {
  it('can be turned off by id like a built-in rule', () => {
    const always = rule('house-rule', (context) =>
      context.report({ message: { zh: '房规', en: 'house' }, start: context.source.indexOf('全年'), end: context.source.indexOf('全年') + 2 }),
    );
    const text = PLAN.replace('全年', '<!-- plan-disable-next-line house-rule -->\n全年');
    expect(
      checkPlan(parsePlan(text), config([always])).filter((diagnostic) => diagnostic.ruleId === 'house-rule' || diagnostic.ruleId === 'plan-directive'),
    ).toEqual([]);
  });
});
