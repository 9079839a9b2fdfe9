import { realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { configSearch } from '../../batch/config-search.js';
import type { Diagnostic } from '../../check/diagnostic.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import { PlanError } from '../../errors.js';
import { readPlanFile } from '../../io/read-plan-file.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { parsePlan } from '../../parse/parse-plan.js';
import { unreadableMessages, unreadablePlanError } from '../../plan/unreadable-plan.js';
import { isIgnored } from '../../check/engine/check-file.js';
import { loadConfigFor } from '../../config/load-config.js';
import { buildViewModel } from '../../render/build-view-model.js';
import { renderers, type OutputFormat } from '../../render/renderers.js';
import { splitParts } from '../../render/split-parts.js';
import { DEFAULT_TEMPLATE } from '../../template/builtin-templates.js';
import { loadTemplate } from '../../template/load-template.js';
import type { BuildOptions } from './index.js';

/** What building one plan needs; plain data, so that a worker thread can receive it. */
export interface BuildFileOptions {
  /** The working folder relative paths are read from. */
  cwd: string;
  /** How messages name the plan (relative to the working folder). */
  shown: string;
  /** Output path without extension; each format adds its own. */
  outputBase: string;
  formats: readonly OutputFormat[];
  template?: string | undefined;
  splitParts: boolean;
  force: boolean;
  /** The inputs no output may overwrite. */
  inputs: readonly string[];
  configCache?: Map<string, Promise<ResolvedConfig>>;
}

export interface BuildFileResult {
  file: string;
  /** The files written, in order. */
  written: string[];
  /** Check findings (none with --force, which skips the check); when some are errors, nothing was written. */
  diagnostics: Diagnostic[];
  refused: boolean;
  /** The config's `ignore` excludes the plan: nothing was read or written. */
  ignored: boolean;
  /** With `ignored`: the config file that ignores it. */
  ignoredBy?: string | null;
  /** What the result depends on besides the plan: the search for its config file (see configSearch), a template folder the plan names. */
  dependencies: string[];
}

function withoutExtension(path: string): string {
  const extension = extname(path);
  return /^\.(md|markdown|docx|html|htm|pdf)$/i.test(extension) ? path.slice(0, -extension.length) : path;
}

/** Where a plan's outputs go: `-o`, `--out-dir` (mirroring the input's folder below cwd), or beside the plan. */
export function outputBaseFor(file: string, options: Pick<BuildOptions, 'output' | 'outDir'>, cwd: string): string {
  if (options.output) return withoutExtension(resolve(cwd, options.output));
  const name = withoutExtension(basename(file));
  if (options.outDir) {
    const folder = relative(cwd, dirname(file));
    const inside = folder === '' || (!folder.startsWith('..') && !isAbsolute(folder));
    return join(resolve(cwd, options.outDir), inside ? folder : '', name);
  }
  return join(dirname(file), name);
}

/**
 * The path with links resolved, or null when there is nothing there (yet).
 * Synchronous (see read-plan-file.ts), and by the system's own call: Node's
 * own looks at each folder of the path in turn, for every output of a batch.
 */
function realPath(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/** Whether `path` is one of `inputs`, as written or once links are followed. */
export function isInput(path: string, inputs: readonly string[]): boolean {
  const paths = new Set<string>();
  for (const input of inputs) {
    paths.add(resolve(input));
    const real = realPath(input);
    if (real !== null) paths.add(real);
  }
  if (paths.has(resolve(path))) return true;
  const real = realPath(path);
  return real !== null && paths.has(real);
}

export function sameAsInput(output: string, shown: string): PlanError {
  return new PlanError(
    {
      zh: `输出文件 ${output} 就是输入文件 ${shown}：plan build 不会覆盖计划本身。请用 -o 或 --out-dir 指定其他位置`,
      en: `The output ${output} is the input ${shown}: plan build never overwrites a plan. Choose another place with -o or --out-dir`,
    },
    { place: { file: shown } },
  );
}

/** A refused plan lists this many errors; `plan check` lists them all. */
export const LISTED_ERRORS = 20;

function partSuffix(number: number): string {
  return `-第${number}篇`;
}

/**
 * Builds one plan: read, parse, check (refusing errors unless forced), lay
 * out with the template, render every format in memory, then write each
 * output atomically. A failure before writing leaves no file behind; a
 * PlanError says what went wrong.
 */
export async function buildFile(file: string, options: BuildFileOptions): Promise<BuildFileResult> {
  const dependencies: string[] = [];
  // The config applies as in plan check: its `ignore` too, with --force as without.
  const config = await loadConfigFor(file, { cwd: options.cwd, ...(options.configCache ? { cache: options.configCache } : {}) });
  dependencies.push(configSearch(dirname(resolve(options.cwd, file))));
  if (isIgnored(resolve(options.cwd, file), config))
    return { file, written: [], diagnostics: [], refused: false, ignored: true, ignoredBy: config.file, dependencies };

  const text = await readPlanFile(file, options.shown);
  const parsed = parsePlan(text, { file: options.shown });
  const unreadable = unreadableMessages(parsed.messages);
  if (unreadable.length > 0) throw unreadablePlanError(options.shown, unreadable);
  // --force builds whatever the check would say, so the check (and its rule modules) is not even loaded.
  let diagnostics: Diagnostic[] = [];
  if (!options.force) {
    const { checkPlan } = await import('../../check/engine/check-plan.js');
    diagnostics = checkPlan(parsed, config);
    if (diagnostics.some((diagnostic) => diagnostic.severity === 'error'))
      return { file, written: [], diagnostics, refused: true, ignored: false, dependencies };
  }

  const templateName = options.template ?? parsed.document.metadata.template ?? DEFAULT_TEMPLATE;
  // A template named in the plan is found from the plan's folder; one on the command line from the working folder.
  const templateCwd = options.template ? options.cwd : dirname(file);
  const template = await loadTemplate(templateName, { cwd: templateCwd });
  // Built-in templates and one given on the command line are in the batch's cache key already.
  if (!options.template && !template.builtin) dependencies.push(template.folder);

  const documents = options.splitParts
    ? splitParts(parsed.document).map((part) => ({ suffix: partSuffix(part.number), document: part.document }))
    : [{ suffix: '', document: parsed.document }];
  const outputs: Array<{ path: string; data: Uint8Array | string }> = [];
  for (const { suffix, document } of documents) {
    const view = buildViewModel(document, template, { file: options.shown });
    for (const format of options.formats) {
      const load = renderers[format];
      if (!load) {
        throw new PlanError({
          zh: `此版本的 plan 还不能生成 ${format} 格式；可用的格式：${Object.keys(renderers).join('、')}`,
          en: `This version of plan cannot write ${format} yet; available formats: ${Object.keys(renderers).join(', ')}`,
        });
      }
      const render = await load();
      outputs.push({ path: `${options.outputBase}${suffix}.${format}`, data: await render(view, template) });
    }
  }
  for (const output of outputs) {
    if (isInput(output.path, options.inputs)) throw sameAsInput(output.path, options.shown);
  }
  const written: string[] = [];
  for (const output of outputs) {
    await writeFileAtomic(output.path, output.data);
    written.push(output.path);
  }
  return { file, written, diagnostics, refused: false, ignored: false, dependencies };
}
