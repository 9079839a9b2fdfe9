import { BUILD_TASK } from './build-task-source.js';
import { ignoredNotice } from '../../check/engine/ignored-notice.js';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import { formatError } from '../../format-error.js';
import { isInput, sameAsInput } from './build-file.js';
import type { SettledBuildOptions } from './index.js';
import { ExitCode, PlanError } from '../../errors.js';
import { findPdfEngine } from '../../render/pdf/pdf-engine.js';
import { REPORTERS } from '../../reporters/index.js';
import { BUILTIN_TEMPLATES_FOLDER } from '../../template/builtin-templates.js';
import { loadTemplate } from '../../template/load-template.js';
import { VERSION } from '../../version.js';
import { createBatchReporter } from '../../batch/batch-reporter.js';
import type { BuildTaskData, BuildTaskOptions } from './build-task.js';
import { cacheKey, hashFolder } from '../../batch/cache.js';
import type { TaskReply } from '../../batch/execute-task.js';
import { batchExitCode, INTERRUPTED_EXIT_CODE, runBatch } from '../../batch/run-batch.js';
import { shardSize } from '../../batch/shard.js';
import { countInputs, streamInputs } from '../../batch/stream-inputs.js';
import { CONVERTED } from '../../batch/summary.js';
import type { BatchFile } from '../../batch/task.js';

const EXTENSIONS = ['md', 'markdown'];

/**
 * `plan build` over any number of plans: the worker pool, progress, summary,
 * --skip-unchanged and --shard around `buildFile`. What would stop the whole
 * run (a bad option, an unknown template, no PDF converter) is found here,
 * before any file is touched; everything about one plan is that plan's
 * failure. A run of one plan prints what it wrote (or why not) as a clerk
 * expects; a run of many prints failures as they come, then a summary.
 */
export async function buildBatch(options: SettledBuildOptions, context: CommandContext): Promise<number> {
  if (options.output && options.outDir) {
    throw new PlanError({ zh: '-o 和 --out-dir 只能选一个', en: 'Use either -o or --out-dir, not both' });
  }
  const stream = { cwd: context.cwd, extensions: EXTENSIONS };
  if (options.output) await checkSingleOutput(options.files, options.output, context.cwd);
  if (options.template) await loadTemplate(options.template, { cwd: context.cwd });
  const pdfEngine = options.formats.includes('pdf') ? findPdfEngine(options.pdfEngine, context.env) : undefined;

  const taskOptions: BuildTaskOptions = {
    cwd: context.cwd,
    formats: [...options.formats],
    splitParts: options.splitParts,
    force: options.force,
    ...(options.output ? { output: options.output } : {}),
    ...(options.outDir ? { outDir: options.outDir } : {}),
    ...(options.template ? { template: options.template } : {}),
    ...(pdfEngine ? { pdfEngine } : {}),
  };
  const cache = options.skipUnchanged
    ? {
        file: resolve(context.cwd, options.cacheFile ?? resolve(context.cwd, options.outDir ?? '.', '.plan-cache.json')),
        key: await buildCacheKey(options, context.cwd, pdfEngine?.name),
      }
    : undefined;

  const quiet = options.quiet === true;
  const json = options.json === true;
  const reporter = createBatchReporter(context, { quiet, json, noun: CONVERTED });
  let single = false;
  const result = await runBatch({
    inputs: options.files,
    ...stream,
    task: BUILD_TASK,
    taskOptions,
    jobs: options.jobs ?? availableParallelism(),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(cache ? { cache } : {}),
    signal: context.signal,
    onStart(info) {
      single = info.single && !json;
      if (!single && reporter.animated) {
        void countInputs(options.files, stream).then(
          (total) => reporter.setTotal(shardSize(total, options.shard)),
          () => undefined,
        );
      }
    },
    onFile(file, reply) {
      const ignored = (reply.outcome.data as BuildTaskData | undefined)?.ignored;
      // A plan named on the command line and passed over in silence would be a false pass in CI.
      if (ignored && (file.named || single)) context.stderr(ignoredNotice(file.shown, ignored.by, context));
      if (single) reportSinglePlan(file, reply, quiet, context);
      else reporter.onFile(file, reply);
    },
  });
  if (!single) reporter.finish(result);
  if (result.interrupted) return INTERRUPTED_EXIT_CODE;
  return batchExitCode(result) || ExitCode.ok;
}

/** `-o` names one output: there must be exactly one plan, and the output must not be it. */
async function checkSingleOutput(files: readonly string[], output: string, cwd: string): Promise<void> {
  let plan: BatchFile | undefined;
  let count = 0;
  for await (const file of streamInputs(files, { cwd, extensions: EXTENSIONS })) {
    plan ??= file;
    count += 1;
  }
  if (count > 1) {
    throw new PlanError({
      zh: `-o 只能用于一个计划文件，而这次有 ${count} 个；多个文件请用 --out-dir`,
      en: `-o takes a single plan, but ${count} were given; use --out-dir for many`,
    });
  }
  if (plan && isInput(resolve(cwd, output), [plan.path])) throw sameAsInput(resolve(cwd, output), plan.shown);
}

/** What a clerk building one plan sees: the files written, or the plan's errors, or what went wrong. */
function reportSinglePlan(file: BatchFile, reply: TaskReply, quiet: boolean, context: CommandContext): void {
  const data = reply.outcome.data as BuildTaskData | undefined;
  const zh = context.lang === 'zh';
  if (reply.status === 'done') {
    if (quiet || data?.ignored) return;
    for (const path of data?.written ?? []) {
      const name = relative(context.cwd, path) || path;
      context.stdout(zh ? `已生成 ${name}\n` : `wrote ${name}\n`);
    }
  } else if (reply.status === 'skipped') {
    if (!quiet) context.stdout(zh ? `${file.shown} 未改动，已跳过\n` : `${file.shown} is unchanged, skipped\n`);
  } else if (reply.status === 'failed' && data?.errors) {
    const count = data.errorCount ?? data.errors.length;
    context.stderr(REPORTERS['stylish']?.([{ file: file.shown, diagnostics: data.errors }], { lang: context.lang, color: context.color, cwd: context.cwd }) ?? '');
    if (count > data.errors.length) {
      const more = count - data.errors.length;
      context.stderr(zh ? `（另有 ${more} 个错误未列出；plan check ${file.shown} 可列出全部）\n` : `(${more} more errors not listed; plan check ${file.shown} lists them all)\n`);
    }
    context.stderr(
      zh
        ? `plan: ${file.shown} 有 ${count} 个错误，未生成文档。请先修改（plan check --fix 可自动修复一部分），或加 --force 强制生成。\n`
        : `plan: ${file.shown} has ${count} error(s); no document was written. Fix them first (plan check --fix fixes some), or add --force to build anyway.\n`,
    );
  } else if (reply.status === 'failed') {
    const reason = reply.outcome.reason ?? { zh: '失败', en: 'failed' };
    const error = reply.outcome.internal ? Object.assign(new Error(reason.en.replace(/^internal error: /, '')), { stack: reply.outcome.internal }) : new PlanError(reason);
    context.stderr(formatError(error, context.lang, context.debug));
  }
}

/**
 * What a plan's outputs depend on besides its own text: the tool's version,
 * the templates (built-in and --template), the formats and the switches.
 */
async function buildCacheKey(options: SettledBuildOptions, cwd: string, pdfEngine: string | undefined): Promise<string> {
  const template = options.template ? await loadTemplate(options.template, { cwd }) : undefined;
  return cacheKey({
    version: VERSION,
    builtinTemplates: await hashFolder(BUILTIN_TEMPLATES_FOLDER),
    template: template && !template.builtin ? await hashFolder(template.folder) : (options.template ?? ''),
    formats: options.formats.join(','),
    splitParts: String(options.splitParts),
    force: String(options.force),
    pdfEngine: pdfEngine ?? '',
    output: options.output ?? options.outDir ?? '',
  });
}
