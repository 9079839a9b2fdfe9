import { countDiagnostics, type Reporter } from './reporter.js';

/**
 * Machine-readable results: one entry per file with counts and each
 * diagnostic's rule, severity, range (1-based lines and columns), message in
 * the chosen language and in both, and its fix as source edits. One file per
 * line, compact, as ESLint's json format.
 */
export const json: Reporter = {
  start: () => '[',
  file(file, options) {
    const counts = countDiagnostics(file.diagnostics);
    const entry = {
      file: file.file,
      errorCount: counts.error,
      warningCount: counts.warning,
      infoCount: counts.info,
      fixableCount: counts.fixable,
      diagnostics: file.diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.ruleId,
        severity: diagnostic.severity,
        message: diagnostic.message[options.lang],
        text: diagnostic.message,
        line: diagnostic.position?.start.line ?? null,
        column: diagnostic.position?.start.column ?? null,
        endLine: diagnostic.position?.end.line ?? null,
        endColumn: diagnostic.position?.end.column ?? null,
        ...(diagnostic.fix ? { fix: diagnostic.fix } : {}),
      })),
    };
    return `\n${JSON.stringify(entry)}`;
  },
  separator: ',',
  end: (totals) => (totals.parts === 0 ? ']\n' : '\n]\n'),
};
