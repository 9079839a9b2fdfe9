import { relative, resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import type { BuildOptions } from '../commands/build.js';
import { ExitCode, PlanError } from '../errors.js';
import { findPdfEngine, type PdfEngineName } from '../render/pdf/pdf-engine.js';
import { BUILTIN_TEMPLATES_FOLDER } from '../template/builtin-templates.js';
import { loadTemplate } from '../template/load-template.js';
import { VERSION } from '../version.js';
import { createBatchReporter } from './batch-reporter.js';
import type { BuildTaskData, BuildTaskOptions } from './build-task.js';
import { cacheKey, hashFolder } from './cache.js';
import { batchExitCode, INTERRUPTED_EXIT_CODE, runBatch } from './run-batch.js';
import { shardSize, type Shard } from './shard.js';
import { countInputs } from './stream-inputs.js';
import { CONVERTED } from './summary.js';

/** `plan build`'s batch options, on top of the single-plan ones. */
export interface BatchBuildOptions extends BuildOptions {
  jobs: number;
  shard?: Shard | undefined;
  skipUnchanged: boolean;
  /** Where --skip-unchanged keeps its hashes; default `.plan-cache.json` in the output folder. */
  cacheFile?: string | undefined;
  json: boolean;
  quiet: boolean;
  pdfEngine?: PdfEngineName | undefined;
}

const EXTENSIONS = ['md', 'markdown'];

/**
 * `plan build` over any number of plans: the worker pool, progress, summary,
 * --skip-unchanged and --shard around `buildFile`. What can stop the whole
 * run (a bad option, an unknown template, no PDF converter) is found here,
 * before any file is touched; everything about one plan is that plan's
 * failure. A single plan prints what it wrote, as before; many print a
 * summary.
 */
export async function buildBatch(options: BatchBuildOptions, context: CommandContext): Promise<number> {
  if (options.output && options.outDir) {
    throw new PlanError({ zh: '-o 和 --out-dir 只能选一个', en: 'Use either -o or --out-dir, not both' });
  }
  const stream = { cwd: context.cwd, extensions: EXTENSIONS };
  if (options.output) {
    const count = await countInputs(options.files, stream);
    if (count > 1) {
      throw new PlanError({
        zh: `-o 只能用于一个计划文件，而这次有 ${count} 个；多个文件请用 --out-dir`,
        en: `-o takes a single plan, but ${count} were given; use --out-dir for many`,
      });
    }
  }
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
    ? { file: resolve(context.cwd, options.cacheFile ?? resolve(options.outDir ?? '.', '.plan-cache.json')), key: await buildCacheKey(options, context.cwd, pdfEngine?.name) }
    : undefined;

  const reporter = createBatchReporter(context, { quiet: options.quiet, json: options.json, noun: CONVERTED });
  if (reporter.animated) {
    void countInputs(options.files, stream).then(
      (total) => reporter.setTotal(shardSize(total, options.shard)),
      () => undefined,
    );
  }
  // For a run of one plan, which prints what it wrote rather than a summary.
  let lastWritten: string[] = [];
  const result = await runBatch({
    inputs: options.files,
    ...stream,
    taskModule: new URL(`./build-task${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
    taskOptions,
    jobs: options.jobs,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(cache ? { cache } : {}),
    signal: context.signal,
    onFile(file, reply) {
      reporter.onFile(file, reply);
      if (reply.status === 'done') lastWritten = (reply.outcome.data as BuildTaskData | undefined)?.written ?? [];
    },
  });

  const finished = result.counts.done + result.counts.failed + result.counts.skipped;
  if (finished === 1 && !result.interrupted && !options.json) {
    if (!options.quiet) {
      for (const path of lastWritten) context.stdout(context.lang === 'zh' ? `已生成 ${relative(context.cwd, path) || path}\n` : `wrote ${relative(context.cwd, path) || path}\n`);
      if (result.counts.skipped === 1) context.stdout(context.lang === 'zh' ? '未改动，已跳过\n' : 'unchanged, skipped\n');
    }
  } else {
    reporter.finish(result);
  }
  if (result.interrupted) return INTERRUPTED_EXIT_CODE;
  return batchExitCode(result) || ExitCode.ok;
}

/**
 * What a plan's outputs depend on besides its own text: the tool's version,
 * the templates (built-in and --template), the formats and the switches.
 */
async function buildCacheKey(options: BatchBuildOptions, cwd: string, pdfEngine: string | undefined): Promise<string> {
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
