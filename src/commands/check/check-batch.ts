import { CHECK_TASK } from './check-task-source.js';
import { ignoredNotice } from '../../check/engine/ignored-notice.js';
import type { CommandContext } from '../../io/command-context.js';
import type { CheckOptions } from './index.js';
import { ExitCode } from '../../errors.js';
import { REPORTER_STREAMS } from '../../reporters/index.js';
import { ReportWriter } from '../../reporters/reporter.js';
import { createBatchReporter } from '../../batch/batch-reporter.js';
import { inInputOrder } from '../../batch/in-input-order.js';
import type { CheckTaskData, CheckTaskOptions } from './check-task.js';
import { batchExitCode, INTERRUPTED_EXIT_CODE, runBatch } from '../../batch/run-batch.js';
import type { HeapLimits } from '../../batch/runner.js';
import { shardSize, type Shard } from '../../batch/shard.js';
import { countInputs } from '../../batch/stream-inputs.js';
import type { BatchNoun } from '../../batch/summary.js';

/**
 * A check keeps nothing of a plan once its report is written, so it needs
 * no tight cap on the old generation; the cap a build needs (to hold a
 * thousand-plan build in flat memory) makes V8's collector work harder for
 * a check, for a little less peak memory. The heap still stops somewhere.
 */
const CHECK_HEAP_LIMITS: HeapLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 48 };

/** `plan check`'s batch options, on top of the checking ones. */
export interface BatchCheckOptions extends CheckOptions {
  jobs: number;
  shard?: Shard | undefined;
}

const CHECKED: BatchNoun = { key: 'checked', text: { zh: '已检查', en: 'checked' } };
const EXTENSIONS = ['md', 'markdown'];

interface Tally {
  errors: number;
  warnings: number;
  /** Of the reported findings: what --fix leaves for the user. */
  reported: number;
  unreadable: number;
  /** Files named on the command line that the config ignores. */
  ignoredNamed: number;
  fixed: number;
  written: number;
  changedFiles: number;
  refused: number;
}

/**
 * `plan check` over any number of plans on the worker pool. Each worker
 * formats its files' parts of the report, so only text crosses threads; they
 * are written on stdout in input order as results arrive (only
 * results that finished ahead of an earlier file wait), so memory stays flat;
 * progress, failures and the summary go to stderr, so that stdout stays a
 * clean report for SARIF, JSON or JUnit consumers.
 */
export async function checkBatch(options: BatchCheckOptions, context: CommandContext): Promise<number> {
  const reporter = REPORTER_STREAMS[options.format];
  if (!reporter) throw new Error(`no reporter ${options.format}`);
  const taskOptions: CheckTaskOptions = {
    cwd: context.cwd,
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    errorsOnly: options.quiet,
    format: options.format,
    lang: context.lang,
    color: context.color,
    ...(options.config ? { configFile: options.config } : {}),
  };
  const stream = { cwd: context.cwd, extensions: EXTENSIONS };
  const progress = createBatchReporter({ ...context, stdout: context.stderr }, { quiet: options.quiet, json: false, noun: CHECKED, dedupeReasons: true });
  if (progress.animated) {
    void countInputs(options.files, stream).then(
      (total) => progress.setTotal(shardSize(total, options.shard)),
      () => undefined,
    );
  }

  const writer = new ReportWriter(reporter, { lang: context.lang, color: context.color, cwd: context.cwd, maxWarnings: options.maxWarnings });
  const tally: Tally = { errors: 0, warnings: 0, reported: 0, unreadable: 0, ignoredNamed: 0, fixed: 0, written: 0, changedFiles: 0, refused: 0 };
  const report = (data: CheckTaskData): void => {
    tally.errors += data.errors;
    tally.warnings += data.warnings;
    tally.reported += data.reported.error + data.reported.warning + data.reported.info;
    if (data.unreadable) tally.unreadable += 1;
    tally.fixed += data.fixed;
    tally.refused += data.refused;
    if (data.diff !== undefined) {
      tally.changedFiles += 1;
      context.stdout(data.diff);
    }
    if (data.wrote) {
      tally.changedFiles += 1;
      tally.written += 1;
    }
    const hasPart = data.report.byteLength > 0;
    const lead = writer.before(data.file, data.reported, hasPart);
    if (lead !== '') context.stdout(lead);
    if (hasPart) context.stdout(data.report);
  };
  const inOrder = inInputOrder<CheckTaskData | null>((data) => {
    if (data) report(data);
  });
  context.stdout(writer.start());
  const result = await runBatch({
    inputs: options.files,
    ...stream,
    task: CHECK_TASK,
    taskOptions,
    jobs: options.jobs,
    heapLimits: CHECK_HEAP_LIMITS,
    ...(options.shard ? { shard: options.shard } : {}),
    signal: context.signal,
    onFile(file, reply) {
      progress.onFile(file, reply);
      const data = reply.outcome.data as CheckTaskData | undefined;
      if (data?.ignored && file.named) {
        // A file named on the command line and passed over in silence would be a false pass in CI.
        tally.ignoredNamed += 1;
        context.stderr(ignoredNotice(file.shown, data.ignoredBy ?? null, context));
      }
      inOrder(reply.id, reply.status === 'done' && data && !data.ignored ? data : null);
    },
  });
  context.stdout(writer.end());
  const finished = result.counts.done + result.counts.failed;
  if (finished > 1 || result.interrupted) progress.finish(result);
  reportFixes(tally, options, context);

  if (result.interrupted) return INTERRUPTED_EXIT_CODE;
  if (result.counts.failed > 0) return Math.max(batchExitCode(result), ExitCode.failure);
  // A plan that cannot be read is a failure, as an unreadable file is: its report says why.
  if (tally.unreadable > 0) return ExitCode.failure;
  if (tally.errors > 0) return ExitCode.problems;
  // An ignored file named on the command line counts as a warning, as ESLint counts it.
  const warnings = tally.warnings + tally.ignoredNamed;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    context.stderr(
      context.lang === 'zh'
        ? `plan check：警告 ${warnings} 个，超过 --max-warnings ${options.maxWarnings}\n`
        : `plan check: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`,
    );
    return ExitCode.problems;
  }
  return ExitCode.ok;
}

function reportFixes(tally: Tally, options: BatchCheckOptions, context: CommandContext): void {
  if (options.fix || options.fixDryRun) {
    const zh = context.lang === 'zh';
    const verb = options.fixDryRun ? { zh: '可修复', en: 'would fix' } : { zh: '已修复', en: 'fixed' };
    const files = options.fixDryRun ? tally.changedFiles : tally.written;
    const done =
      tally.fixed > 0
        ? zh
          ? `${verb.zh} ${tally.fixed} 处问题，涉及 ${files} 个文件${options.fixDryRun ? '（未写入）' : ''}`
          : `${verb.en} ${tally.fixed} problem${tally.fixed === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${options.fixDryRun ? ' (nothing written)' : ''}`
        : zh
          ? '没有可自动修复的问题'
          : 'nothing to fix automatically';
    // The README promises that what --fix leaves is reported: say how much, and that it is listed above.
    const left =
      tally.reported > 0
        ? zh
          ? `；另有 ${tally.reported} 个问题不能自动修复，已在上面列出，请人工修改`
          : `; ${tally.reported} problem${tally.reported === 1 ? '' : 's'} cannot be fixed automatically (listed above): make ${tally.reported === 1 ? 'that change' : 'those changes'} yourself`
        : '';
    if (tally.fixed > 0 || left !== '') context.stderr(`plan check${zh ? '：' : ': '}${done}${left}\n`);
  }
  if (tally.refused > 0) {
    context.stderr(
      context.lang === 'zh'
        ? `plan check：有 ${tally.refused} 处修复会改变编号结构，未自动修复，请人工处理\n`
        : `plan check: ${tally.refused} fix${tally.refused === 1 ? '' : 'es'} would change the outline and ${tally.refused === 1 ? 'was' : 'were'} left for you to make\n`,
    );
  }
}
