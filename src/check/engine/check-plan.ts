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
 * Runs every enabled rule over a parsed plan and returns the diagnostics in
 * source order, minus those that inline `<!-- plan-disable … -->` comments
 * turn off. Rules only read the tree; this function has no side effects.
 */
export function checkPlan(parsed: ParseResult, config: ResolvedConfig): Diagnostic[] {
  const facts = new PlanFacts(parsed);
  const directives = readDirectives(parsed.document, new Set(RULES_BY_ID.keys()));
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.meta.id] ?? { severity: rule.meta.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const options = { ...rule.meta.defaultOptions, ...setting.options };
    const context = new RuleContext(facts, options, (report) => {
      const position =
        report.start !== undefined ? facts.locator.position(report.start, report.end ?? report.start) : (report.position ?? null);
      if (position && isSuppressed(directives, rule.meta.id, position.start.offset, position.start.line)) return;
      const diagnostic: Diagnostic = { ruleId: rule.meta.id, severity: capped(severity, report.severity), message: report.message, position };
      if (report.fix && report.fix.length > 0) diagnostic.fix = report.fix;
      diagnostics.push(diagnostic);
    });
    rule.check(context);
  }
  for (const unknown of directives.unknownRules) {
    diagnostics.push({
      ruleId: 'plan-directive',
      severity: 'warning',
      message: {
        zh: `注释指令中的规则“${unknown.id}”不存在；可用规则：${[...RULES_BY_ID.keys()].join('、')}`,
        en: `The directive names an unknown rule "${unknown.id}"; rules: ${[...RULES_BY_ID.keys()].join(', ')}`,
      },
      position: facts.locator.position(unknown.offset, unknown.offset),
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
