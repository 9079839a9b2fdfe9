import { checkFile } from '../../check/engine/check-file.js';
import { unifiedDiff } from '../../check/unified-diff.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import type { Lang } from '../../i18n/text.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { REPORTER_STREAMS } from '../../reporters/index.js';
import { countDiagnostics, type Counts } from '../../reporters/reporter.js';
import type { BatchFile, BatchTask, TaskOutcome } from '../../batch/task.js';

/** `plan check --fix` writes the plan itself: there is no other place to choose. */
const FIX_NOT_WRITTEN = {
  zh: '请检查文件的写入权限；不加 --fix 运行则只检查、不修改，--fix-dry-run 可查看修复内容',
  en: 'Check that the file may be written; without --fix the plan is only checked, and --fix-dry-run shows the fixes',
};

/** What every worker of a `plan check` batch is started with: plain data. */
export interface CheckTaskOptions {
  cwd: string;
  fix: boolean;
  fixDryRun: boolean;
  /** Keep only errors (check's --quiet). */
  errorsOnly: boolean;
  configFile?: string;
  /** The report's format and how it speaks: each file's part is formatted here, in the worker. */
  format: string;
  lang: Lang;
  color: boolean;
}

/** One checked plan, as the main thread needs it for the report. */
export interface CheckTaskData {
  file: string;
  ignored: boolean;
  /** With `ignored`: the config file that ignores it (null for --config's defaults). */
  ignoredBy?: string | null;
  /** The file cannot be read as a plan (its report says why): exit 2. */
  unreadable: boolean;
  /** This file's part of the report, in the run's format, as UTF-8: the main thread writes it as it comes. */
  report: Uint8Array;
  /** Of the reported diagnostics (after --quiet), for the summary. */
  reported: Counts;
  /** Counted before --quiet drops warnings, for --max-warnings. */
  errors: number;
  warnings: number;
  /** With --fix-dry-run: the fixes as a diff. */
  diff?: string;
  fixed: number;
  refused: number;
  /** With --fix: whether the file was rewritten. */
  wrote: boolean;
}

/**
 * `plan check` as a batch task: `checkFile` per plan, the config cache kept
 * for the worker's life. With --fix the worker writes the fixed plan itself
 * (atomically), so the fixed text never travels back to the main thread.
 */
export function createTask(options: CheckTaskOptions): BatchTask {
  const reporter = REPORTER_STREAMS[options.format];
  if (!reporter) throw new Error(`no reporter ${options.format}`);
  const reporterOptions = { lang: options.lang, color: options.color, cwd: options.cwd };
  const encoder = new TextEncoder();
  const configCache = new Map<string, Promise<ResolvedConfig>>();
  return {
    async run(file: BatchFile): Promise<TaskOutcome> {
      const result = await checkFile(file.path, {
        cwd: options.cwd,
        fix: options.fix || options.fixDryRun,
        configCache,
        ...(options.configFile ? { configFile: options.configFile } : {}),
      });
      let wrote = false;
      let diff: string | undefined;
      if (result.output !== null) {
        if (options.fixDryRun) diff = unifiedDiff(result.originalSource, result.source, `a/${result.file}`, `b/${result.file}`);
        else if (options.fix) {
          await writeFileAtomic(result.path, result.output, FIX_NOT_WRITTEN);
          wrote = true;
        }
      }
      const counts = countDiagnostics(result.diagnostics);
      const diagnostics = options.errorsOnly ? result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : result.diagnostics;
      const data: CheckTaskData = {
        file: result.file,
        ignored: result.ignored,
        ...(result.ignored ? { ignoredBy: result.ignoredBy ?? null } : {}),
        unreadable: result.unreadable === true,
        report: encoder.encode(result.ignored ? '' : reporter.file({ file: result.file, diagnostics }, reporterOptions)),
        reported: options.errorsOnly ? countDiagnostics(diagnostics) : counts,
        errors: counts.error,
        warnings: counts.warning,
        ...(diff === undefined ? {} : { diff }),
        fixed: result.fixed,
        refused: result.refused,
        wrote,
      };
      // A plan with errors is checked, not failed: failures are files that could not be checked at all.
      return { status: 'done', outputs: wrote ? [result.path] : [], data, ...(result.ignored ? { passedOver: true } : {}) };
    },
  };
}
