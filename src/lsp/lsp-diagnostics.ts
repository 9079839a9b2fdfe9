import { DiagnosticSeverity as LspSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticSeverity } from '../check/diagnostic.js';
import { RULES_BY_ID } from '../check/rules/index.js';
import { say, type Lang } from '../i18n/text.js';
import type { TextMap } from './text-map.js';

/** The name editors show beside each finding, and how code actions recognise ours. */
export const SOURCE = 'plan';

const SEVERITY: Record<DiagnosticSeverity, LspSeverity> = {
  error: LspSeverity.Error,
  warning: LspSeverity.Warning,
  info: LspSeverity.Information,
};

/** One finding as the editor shows it: the exact characters, the rule's id linking to its page. */
export function toLspDiagnostic(diagnostic: Diagnostic, map: TextMap, lang: Lang): LspDiagnostic {
  const range = diagnostic.position ? map.rangeOf(diagnostic.position) : map.range(0, 0);
  const rule = RULES_BY_ID.get(diagnostic.ruleId);
  return {
    range,
    severity: SEVERITY[diagnostic.severity],
    source: SOURCE,
    code: diagnostic.ruleId,
    ...(rule ? { codeDescription: { href: rule.meta.docsUrl } } : {}),
    message: say(diagnostic.message, lang),
  };
}
