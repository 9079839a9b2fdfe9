import type { CommandContext } from '../io/command-context.js';
import type { TaskReply } from './execute-task.js';
import { ProgressBar } from './progress-bar.js';
import type { BatchResult } from './run-batch.js';
import { formatSummary, summaryJson, type BatchNoun } from './summary.js';
import type { BatchFile } from './task.js';

export interface BatchReporterOptions {
  quiet: boolean;
  json: boolean;
  noun: BatchNoun;
  /** Print a failure reason once even when many files share it (a broken config file). */
  dedupeReasons?: boolean;
}

export interface BatchReporter {
  /** Whether a progress bar is drawn (the caller then counts the files for the ETA). */
  readonly animated: boolean;
  setTotal: (total: number) => void;
  onFile: (file: BatchFile, reply: TaskReply) => void;
  finish: (result: BatchResult) => void;
}

/**
 * What a batch prints. On a terminal: a progress bar with counts, rate and
 * ETA on stderr. Elsewhere (a pipe, a CI log): nothing animated, one line per
 * failure as it happens. At the end a summary table on stdout, or the JSON
 * summary with --json. --quiet keeps only the failure lines.
 */
export function createBatchReporter(context: CommandContext, options: BatchReporterOptions): BatchReporter {
  const animated = !options.quiet && context.stderrIsTTY && context.env['CI'] !== 'true' && context.env['CI'] !== '1';
  const bar = animated ? new ProgressBar(context.stderr, context.lang) : undefined;
  const started = performance.now();
  const state = { finished: 0, failed: 0, skipped: 0, total: undefined as number | undefined };
  const draw = (force = false): void => bar?.update({ ...state, seconds: (performance.now() - started) / 1000 }, force);
  const failed = context.lang === 'zh' ? '失败' : 'failed';
  const reasonsShown = new Set<string>();
  return {
    animated,
    setTotal(total) {
      state.total = total;
      draw(true);
    },
    onFile(file, reply) {
      if (reply.status !== 'interrupted') state.finished += 1;
      if (reply.status === 'skipped') state.skipped += 1;
      const reason = reply.outcome.reason?.[context.lang] ?? failed;
      const repeated = options.dedupeReasons === true && reasonsShown.has(reason);
      if (reply.status === 'failed') state.failed += 1;
      if (reply.status === 'failed' && !repeated) {
        reasonsShown.add(reason);
        bar?.clear();
        const where = reply.outcome.line === undefined ? file.shown : `${file.shown}:${reply.outcome.line}`;
        const stack = context.debug && reply.outcome.internal ? `\n${reply.outcome.internal}` : '';
        context.stderr(`${where}: ${failed}: ${reason}${stack}\n`);
      }
      draw(reply.status === 'failed');
    },
    finish(result) {
      bar?.clear();
      if (options.json) context.stdout(summaryJson(result, options.noun, context.lang));
      else if (!options.quiet || result.interrupted) context.stdout(formatSummary(result, options.noun, context.lang));
    },
  };
}
