import type { Text } from '../../i18n/text.js';
import type { ParseResult } from '../../parse/parse-plan.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import { compareDiagnostics, type Diagnostic, type DiagnosticSeverity } from '../diagnostic.js';
import { isSuppressed, readDirectives } from '../directives.js';
import { PlanFacts, RuleContext } from '../rule-context.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';

const RANK: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, info: 2 };

/** The less severe of two severities: a rule's own finding never exceeds its configured setting. */
function capped(configured: DiagnosticSeverity, reported: DiagnosticSeverity | undefined): DiagnosticSeverity {
  if (reported === undefined) return configured;
  return RANK[reported] > RANK[configured] ? reported : configured;
}

/**
 * Runs every enabled rule (the built-in ones, then the config's custom
 * rules) over a parsed plan and returns the diagnostics in source order,
 * minus those that inline `<!-- plan-disable … -->` comments turn off.
 * Rules only read the tree; this function has no side effects. A rule
 * that throws does not stop the others: its failure is an error naming
 * the rule (as markdownlint reports a rule's exception), so the run fails
 * rather than passing a plan that was not fully checked.
 */
export function checkPlan(parsed: ParseResult, config: ResolvedConfig): Diagnostic[] {
  const facts = new PlanFacts(parsed);
  const rules = config.customRules && config.customRules.length > 0 ? [...RULES, ...config.customRules] : RULES;
  const ids = rules === RULES ? RULES_BY_ID : new Map(rules.map((rule) => [rule.meta.id, rule]));
  const directives = readDirectives(parsed.document, new Set(ids.keys()));
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id] ?? { severity: rule.meta.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const options = { ...rule.meta.defaultOptions, ...setting.options };
    const context = new RuleContext(facts, options, (report) => {
      const position = report.start !== undefined ? facts.locator.position(report.start, report.end ?? report.start) : (report.position ?? null);
      if (position && isSuppressed(directives, rule.meta.id, position.start.offset, position.start.line)) return;
      const diagnostic: Diagnostic = { ruleId: rule.meta.id, severity: capped(severity, report.severity), message: textOf(report.message), position };
      if (report.fix && report.fix.length > 0) diagnostic.fix = report.fix;
      diagnostics.push(diagnostic);
    });
    try {
      rule.check(context);
    } catch (error) {
      diagnostics.push(ruleFailure(rule.meta.id, error));
    }
  }
  for (const unknown of directives.unknownRules) {
    diagnostics.push({
      ruleId: 'plan-directive',
      severity: 'warning',
      message: {
        zh: `注释指令中的规则“${unknown.id}”不存在；可用规则：${[...ids.keys()].join('、')}`,
        en: `The directive names an unknown rule "${unknown.id}"; rules: ${[...ids.keys()].join(', ')}`,
      },
      position: facts.locator.position(unknown.offset, unknown.offset),
    });
  }
  return diagnostics.sort(compareDiagnostics);
}

/** A custom rule written in JavaScript may report plain text: it is shown in both languages. */
function textOf(message: Text | string): Text {
  return typeof message === 'string' ? { zh: message, en: message } : message;
}

/** The error that stands for a rule that threw: the rule, and the first line of what it threw. */
function ruleFailure(id: string, error: unknown): Diagnostic {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0] ?? '';
  return {
    ruleId: id,
    severity: 'error',
    message: {
      zh: `规则“${id}”运行出错，本文件未完成该规则的检查（其他规则照常检查）：${detail}`,
      en: `Rule "${id}" failed, so this file was not fully checked by it (the other rules ran): ${detail}`,
    },
    position: null,
  };
}
