import type { Text } from '../i18n/text.js';
import type { Position } from '../plan/types.js';

/** A replacement of `source.slice(start, end)` by `text`; offsets into the normalised (LF) source. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** One finding of one rule, pointing at the exact characters it is about. */
export interface Diagnostic {
  ruleId: string;
  severity: DiagnosticSeverity;
  message: Text;
  /** Null when the finding has no place in the source (a generated node). */
  position: Position | null;
  /** A safe fix: edits that never overlap each other. Absent when the rule cannot fix this finding. */
  fix?: TextEdit[];
}

const ORDER: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Source order, then severity, then rule id: the order every reporter prints. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const lineA = a.position?.start.offset ?? -1;
  const lineB = b.position?.start.offset ?? -1;
  if (lineA !== lineB) return lineA - lineB;
  if (a.severity !== b.severity) return ORDER[a.severity] - ORDER[b.severity];
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
