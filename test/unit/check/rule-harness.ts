import { applyFixes } from '../../../src/check/apply-fixes.js';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import type { Diagnostic } from '../../../src/check/diagnostic.js';
import { RULES } from '../../../src/check/rules/index.js';
import type { ResolvedConfig } from '../../../src/config/resolved-config.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

/** A config with only `ruleId` on (at its default severity, or `warning` for rules off by default). */
export function onlyRule(ruleId: string, options: Record<string, unknown> = {}): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const rule of RULES) {
    const on = rule.meta.id === ruleId;
    const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
    rules[rule.meta.id] = { severity: on ? severity : 'off', options: on ? { ...rule.meta.defaultOptions, ...options } : {} };
  }
  return { rules, ignore: [], root: '/', file: null };
}

export interface Found {
  message: string;
  /** `line:column-line:column`, 1-based, end exclusive. */
  range: string;
  /** The source text the range covers. */
  text: string;
}

export function run(ruleId: string, text: string, options: Record<string, unknown> = {}): Diagnostic[] {
  return checkPlan(parsePlan(text), onlyRule(ruleId, options));
}

/** What one rule reports on a plan: messages, exact ranges and the characters they cover. */
export function found(ruleId: string, text: string, options: Record<string, unknown> = {}): Found[] {
  const source = parsePlan(text).source;
  return run(ruleId, text, options).map((diagnostic) => {
    const position = diagnostic.position;
    return {
      message: diagnostic.message.zh,
      range: position ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}` : 'none',
      text: position ? source.slice(position.start.offset, position.end.offset) : '',
    };
  });
}

/** The plan after one rule's fixes, applied until none is left (at most ten passes). */
export function fixed(ruleId: string, text: string, options: Record<string, unknown> = {}): string {
  let current = parsePlan(text).source;
  for (let pass = 0; pass < 10; pass += 1) {
    const diagnostics = run(ruleId, current, options).filter((diagnostic) => diagnostic.fix);
    if (diagnostics.length === 0) break;
    current = applyFixes(current, diagnostics).text;
  }
  return current;
}
