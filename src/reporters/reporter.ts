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

/** One run's output, written as the files come: the report never has to hold every file at once. */
export interface ReportWriter {
  /** Text before the first file. */
  start: string;
  /** One file's part of the report. */
  file: (report: FileReport) => string;
  /** Text after the last file: summaries, closing brackets. */
  end: () => string;
}

/** A format: makes the writer of one run. */
export type Reporter = (options: ReporterOptions) => ReportWriter;

/** The whole output as one string, for tests and short reports. */
export function renderReport(reporter: Reporter, files: readonly FileReport[], options: ReporterOptions): string {
  const writer = reporter(options);
  let out = writer.start;
  for (const file of files) out += writer.file(file);
  return out + writer.end();
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  fixable: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[], counts: Counts = { error: 0, warning: 0, info: 0, fixable: 0 }): Counts {
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
