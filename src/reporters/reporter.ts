import type { Diagnostic, DiagnosticSeverity } from '../check/diagnostic.js';
import type { Lang } from '../i18n/text.js';

/** One checked file as reporters see it. */
export interface FileReport {
  /** As messages name it: relative to the working folder. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface ReporterOptions {
  lang: Lang;
  /** ANSI colours (stylish only). */
  color: boolean;
  /** The working folder, for formats that carry absolute URIs (SARIF). */
  cwd: string;
}

/**
 * A reporter yields its output in pieces (a file, a result at a time) so that
 * a run over thousands of plans never builds one string too long to hold.
 */
export type Reporter = (files: readonly FileReport[], options: ReporterOptions) => Iterable<string>;

/** The whole output as one string, for tests and small runs. */
export function renderReport(reporter: Reporter, files: readonly FileReport[], options: ReporterOptions): string {
  let out = '';
  for (const piece of reporter(files, options)) out += piece;
  return out;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  fixable: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, fixable: 0 };
  for (const diagnostic of diagnostics) {
    counts[diagnostic.severity] += 1;
    if (diagnostic.fix) counts.fixable += 1;
  }
  return counts;
}

export const SEVERITY_NAMES: Record<DiagnosticSeverity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};
