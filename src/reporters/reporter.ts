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
  /** `--max-warnings`, for formats that show the run failing on it (JUnit). */
  maxWarnings?: number | undefined;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  fixable: number;
}

/** What a format's closing text may need to know of the whole run. */
export interface RunTotals {
  counts: Counts;
  /** Every reported file, in report order (SARIF lists them as artifacts). */
  files: readonly string[];
  /** How many non-empty file parts were written. */
  parts: number;
}

/**
 * A report format. A file's part depends on that file alone, so a worker
 * thread formats it where the file was checked and only text crosses to the
 * main thread; what depends on the whole run (totals, closing brackets) is
 * written once at the end from `RunTotals`.
 */
export interface Reporter {
  /** Text before the first file. */
  start: (options: ReporterOptions) => string;
  /** One file's part ('' when the format shows nothing for it). */
  file: (report: FileReport, options: ReporterOptions) => string;
  /** Written between two non-empty parts (JSON's comma). */
  separator: string;
  /** Text after the last file: summaries, closing brackets. */
  end: (totals: RunTotals, options: ReporterOptions) => string;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[], counts: Counts = { error: 0, warning: 0, info: 0, fixable: 0 }): Counts {
  for (const diagnostic of diagnostics) {
    counts[diagnostic.severity] += 1;
    if (diagnostic.fix) counts.fixable += 1;
  }
  return counts;
}

/** One run's output, written as the files come: the report never has to hold every file at once. */
export class ReportWriter {
  private readonly counts: Counts = { error: 0, warning: 0, info: 0, fixable: 0 };
  private readonly files: string[] = [];
  private parts = 0;

  constructor(
    private readonly reporter: Reporter,
    private readonly options: ReporterOptions,
  ) {}

  start(): string {
    return this.reporter.start(this.options);
  }

  /**
   * Records a file and its diagnostics' counts; returns what goes before its
   * part, if it has one: the separator, once a part has been written.
   */
  before(file: string, counts: Counts, hasPart: boolean): string {
    this.files.push(file);
    for (const key of ['error', 'warning', 'info', 'fixable'] as const) this.counts[key] += counts[key];
    if (!hasPart) return '';
    this.parts += 1;
    return this.parts === 1 ? '' : this.reporter.separator;
  }

  /** A file's part as formatted by `reporter.file`, with what goes before it. */
  add(file: string, part: string, counts: Counts): string {
    return this.before(file, counts, part !== '') + part;
  }

  end(): string {
    return this.reporter.end({ counts: this.counts, files: this.files, parts: this.parts }, this.options);
  }
}

/** The whole output as one string, for tests and short reports. */
export function renderReport(reporter: Reporter, files: readonly FileReport[], options: ReporterOptions): string {
  const writer = new ReportWriter(reporter, options);
  let out = writer.start();
  for (const file of files) out += writer.add(file.file, reporter.file(file, options), countDiagnostics(file.diagnostics));
  return out + writer.end();
}

export const SEVERITY_NAMES: Record<DiagnosticSeverity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};
