import type { CommandContext } from '../cli/context.js';
import type { CheckOptions } from '../commands/check.js';
import { ExitCode } from '../errors.js';
import { REPORTERS } from '../reporters/index.js';
import type { FileReport } from '../reporters/reporter.js';
import { createBatchReporter } from './batch-reporter.js';
import type { CheckTaskData, CheckTaskOptions } from './check-task.js';
import { batchExitCode, INTERRUPTED_EXIT_CODE, runBatch } from './run-batch.js';
import { shardSize, type Shard } from './shard.js';
import { countInputs } from './stream-inputs.js';
import type { BatchNoun } from './summary.js';

/** `plan check`'s batch options, on top of the checking ones. */
export interface BatchCheckOptions extends CheckOptions {
  jobs: number;
  shard?: Shard | undefined;
}

const CHECKED: BatchNoun = { key: 'checked', text: { zh: '已检查', en: 'checked' } };
const EXTENSIONS = ['md', 'markdown'];

/**
 * `plan check` over any number of plans on the worker pool. The report (in
 * the chosen format) is printed on stdout at the end, files in input order;
 * progress and the summary go to stderr so that stdout stays a clean report
 * for SARIF, JSON or JUnit consumers.
 */
export async function checkBatch(options: BatchCheckOptions, context: CommandContext): Promise<number> {
  const reporter = REPORTERS[options.format];
  if (!reporter) throw new Error(`no reporter ${options.format}`);
  const taskOptions: CheckTaskOptions = {
    cwd: context.cwd,
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    errorsOnly: options.quiet,
    ...(options.config ? { configFile: options.config } : {}),
  };
  const stream = { cwd: context.cwd, extensions: EXTENSIONS };
  // Progress and summary on stderr: stdout carries the report.
  const progress = createBatchReporter({ ...context, stdout: context.stderr }, { quiet: options.quiet, json: false, noun: CHECKED });
  if (progress.animated) {
    void countInputs(options.files, stream).then(
      (total) => progress.setTotal(shardSize(total, options.shard)),
      () => undefined,
    );
  }
  const checked: CheckTaskData[] = [];
  const result = await runBatch({
    inputs: options.files,
    ...stream,
    taskModule: new URL(`./check-task${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
    taskOptions,
    jobs: options.jobs,
    ...(options.shard ? { shard: options.shard } : {}),
    signal: context.signal,
    onFile(file, reply) {
      progress.onFile(file, reply);
      const data = reply.outcome.data as CheckTaskData | undefined;
      if (reply.status === 'done' && data && !data.ignored) checked[reply.id] = data;
    },
  });
  const files = checked.filter((data): data is CheckTaskData => data !== undefined);
  const finished = result.counts.done + result.counts.failed;
  if (finished > 1 || result.interrupted) progress.finish(result);

  for (const data of files) if (data.diff !== undefined) context.stdout(data.diff);
  reportFixes(files, options, context);
  const reports: FileReport[] = files.map((data) => ({ file: data.file, diagnostics: data.diagnostics }));
  for (const piece of reporter(reports, { lang: context.lang, color: context.color, cwd: context.cwd })) context.stdout(piece);

  if (result.interrupted) return INTERRUPTED_EXIT_CODE;
  if (result.counts.failed > 0) return Math.max(batchExitCode(result), ExitCode.failure);
  const errors = files.reduce((sum, data) => sum + data.errors, 0);
  const warnings = files.reduce((sum, data) => sum + data.warnings, 0);
  if (errors > 0) return ExitCode.problems;
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

function reportFixes(files: readonly CheckTaskData[], options: BatchCheckOptions, context: CommandContext): void {
  const fixedCount = files.reduce((sum, data) => sum + data.fixed, 0);
  if ((options.fix || options.fixDryRun) && fixedCount > 0) {
    const verb = options.fixDryRun ? { zh: '可修复', en: 'would fix' } : { zh: '已修复', en: 'fixed' };
    const count = options.fixDryRun ? files.filter((data) => data.diff !== undefined).length : files.filter((data) => data.wrote).length;
    context.stderr(
      context.lang === 'zh'
        ? `plan check：${verb.zh} ${fixedCount} 处问题，涉及 ${count} 个文件${options.fixDryRun ? '（未写入）' : ''}\n`
        : `plan check: ${verb.en} ${fixedCount} problem${fixedCount === 1 ? '' : 's'} in ${count} file${count === 1 ? '' : 's'}${options.fixDryRun ? ' (nothing written)' : ''}\n`,
    );
  }
  const refused = files.reduce((sum, data) => sum + data.refused, 0);
  if (refused > 0) {
    context.stderr(
      context.lang === 'zh'
        ? `plan check：有 ${refused} 处修复会改变编号结构，未自动修复，请人工处理\n`
        : `plan check: ${refused} fix${refused === 1 ? '' : 'es'} would change the outline and ${refused === 1 ? 'was' : 'were'} left for you to make\n`,
    );
  }
}
