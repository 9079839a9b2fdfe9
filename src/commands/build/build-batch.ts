import { BUILD_TASK } from './build-task-source.js';
import { ignoredNotice } from '../../check/engine/ignored-notice.js';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import { formatError } from '../../format-error.js';
import { isInput, sameAsInput } from './build-file.js';
import { formatsFor, type BuildOptions, type SettledBuildOptions } from './index.js';
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
export async function buildBatch(given: BuildOptions, context: CommandContext): Promise<number> {
  if (given.output && given.outDir) {
    throw new PlanError({ zh: '-o 和 --out-dir 只能选一个', en: 'Use either -o or --out-dir, not both' });
  }
  const stream = { cwd: context.cwd, extensions: EXTENSIONS };
  if (given.output) await checkSingleOutput(given.files, given.output, context.cwd);
  // After the check that -o is not the plan itself (`-o plan.md`), which is the more useful thing to hear.
  const settled: SettledBuildOptions = { ...given, formats: formatsFor(given.output, given.formats) };
  if (settled.template) await loadTemplate(settled.template, { cwd: context.cwd });
  const pdfEngine = settled.formats.includes('pdf') ? findPdfEngine(settled.pdfEngine, context.env) : undefined;

  const taskOptions: BuildTaskOptions = {
    cwd: context.cwd,
    formats: [...settled.formats],
    splitParts: settled.splitParts,
    force: settled.force,
    ...(settled.output ? { output: settled.output } : {}),
    ...(settled.outDir ? { outDir: settled.outDir } : {}),
    ...(settled.template ? { template: settled.template } : {}),
    ...(pdfEngine ? { pdfEngine } : {}),
    ...(context.debug ? { debug: true } : {}),
  };
  const cache = settled.skipUnchanged
    ? {
        file: resolve(context.cwd, settled.cacheFile ?? resolve(context.cwd, settled.outDir ?? '.', '.plan-cache.json')),
        key: await buildCacheKey(settled, context.cwd, pdfEngine?.name),
      }
    : undefined;

  const quiet = settled.quiet === true;
  const json = settled.json === true;
  const reporter = createBatchReporter(context, { quiet, json, noun: CONVERTED });
  let single = false;
  const result = await runBatch({
    inputs: settled.files,
    ...stream,
    task: BUILD_TASK,
    taskOptions,
    jobs: settled.jobs ?? availableParallelism(),
    ...(settled.shard ? { shard: settled.shard } : {}),
    ...(cache ? { cache } : {}),
    signal: context.signal,
    onStart(info) {
      single = info.single && !json;
      if (!single && reporter.animated) {
        void countInputs(settled.files, stream).then(
          (total) => reporter.setTotal(shardSize(total, settled.shard)),
          () => undefined,
        );
      }
    },
    onFile(file, reply) {
      const data = reply.outcome.data as BuildTaskData | undefined;
      for (const note of data?.notes ?? []) context.stderr(`plan: debug: ${note}\n`);
      const ignored = data?.ignored;
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
    context.stderr(
      REPORTERS['stylish']?.([{ file: file.shown, diagnostics: data.errors }], { lang: context.lang, color: context.color, cwd: context.cwd }) ?? '',
    );
    if (count > data.errors.length) {
      const more = count - data.errors.length;
      context.stderr(
        zh
          ? `（另有 ${more} 个错误未列出；plan check ${file.shown} 可列出全部）\n`
          : `(${more} more errors not listed; plan check ${file.shown} lists them all)\n`,
      );
    }
    context.stderr(
      zh
        ? `plan: ${file.shown} 有 ${count} 个错误，未生成文档。请先修改（plan check --fix 可自动修复一部分），或加 --force 强制生成。\n`
        : `plan: ${file.shown} has ${count} error(s); no document was written. Fix them first (plan check --fix fixes some), or add --force to build anyway.\n`,
    );
  } else if (reply.status === 'failed') {
    const reason = reply.outcome.reason ?? { zh: '失败', en: 'failed' };
    const error = reply.outcome.internal
      ? Object.assign(new Error(reason.en.replace(/^internal error: /, '')), { stack: reply.outcome.internal })
      : new PlanError(reason);
    context.stderr(formatError(error, context.lang, context.debug));
  }
}

/**
 * What a plan's outputs depend on besides its own text: the tool's version,
 * the templates (built-in and --template), the formats and the switches.
 */
async function buildCacheKey(settled: SettledBuildOptions, cwd: string, pdfEngine: string | undefined): Promise<string> {
  const template = settled.template ? await loadTemplate(settled.template, { cwd }) : undefined;
  return cacheKey({
    version: VERSION,
    builtinTemplates: await hashFolder(BUILTIN_TEMPLATES_FOLDER),
    template: template && !template.builtin ? await hashFolder(template.folder) : (settled.template ?? ''),
    formats: settled.formats.join(','),
    splitParts: String(settled.splitParts),
    force: String(settled.force),
    pdfEngine: pdfEngine ?? '',
    output: settled.output ?? settled.outDir ?? '',
  });
}
