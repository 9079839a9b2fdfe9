import type { Diagnostic } from '../../check/diagnostic.js';
import { buildFile, LISTED_ERRORS, outputBaseFor } from './build-file.js';
import { ExitCode } from '../../errors.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import type { OutputFormat } from '../../render/renderers.js';
import type { PdfEngine } from '../../render/pdf/pdf-engine.js';
import { docxFallbackReason } from '../../render/docx/pack-docx.js';
import { usePdfEngine } from '../../render/pdf/render-pdf.js';
import type { BatchFile, BatchTask, TaskOutcome, WorkerInfo } from '../../batch/task.js';

/** What every worker of a `plan build` batch is started with: plain data. */
export interface BuildTaskOptions {
  cwd: string;
  output?: string;
  outDir?: string;
  formats: OutputFormat[];
  template?: string;
  splitParts: boolean;
  force: boolean;
  /** Found once in the main thread, so a missing converter stops the run before it starts. */
  pdfEngine?: PdfEngine;
  /** `--debug`: the worker reports what it chose (fonts, the .docx writer) as notes. */
  debug?: boolean;
}

/** What the command hears of one plan: the paths written, or the errors that refused it. */
export interface BuildTaskData {
  written: string[];
  /** The config's `ignore` excludes the plan: nothing was built. */
  ignored?: { by: string | null };
  /** The first errors of a refused plan, for a run of one plan to list. */
  errors?: Diagnostic[];
  errorCount?: number;
  /** Under --debug, what the worker chose since its last plan, once each. */
  notes?: string[];
}

/**
 * `plan build` as a batch task: `buildFile` for each plan, with the config
 * cache, the template cache and the PDF converter (its own profile folder)
 * kept for the worker's whole life. A plan refused for check errors is a
 * failure whose reason points at its first error.
 */
export function createTask(options: BuildTaskOptions, worker: WorkerInfo): BatchTask {
  const configCache = new Map<string, Promise<ResolvedConfig>>();
  const notes: string[] = [];
  const note = options.debug ? (line: string): void => void notes.push(line) : undefined;
  const pdf = options.pdfEngine ? usePdfEngine(options.pdfEngine, worker.signal, note) : undefined;
  let fallbackTold = false;
  return {
    async run(file: BatchFile): Promise<TaskOutcome> {
      const outcome = await runOne(file);
      if (note && !fallbackTold && docxFallbackReason() !== null) {
        fallbackTold = true;
        note(`docx writes every .docx whole in this thread: ${docxFallbackReason()}`);
      }
      if (notes.length > 0) outcome.data = { ...(outcome.data as BuildTaskData), notes: notes.splice(0) } satisfies BuildTaskData;
      return outcome;
    },
    async dispose() {
      await pdf?.dispose();
    },
  };

  async function runOne(file: BatchFile): Promise<TaskOutcome> {
    const result = await buildFile(file.path, {
      cwd: options.cwd,
      shown: file.shown,
      outputBase: outputBaseFor(file.path, options, options.cwd),
      formats: options.formats,
      template: options.template,
      splitParts: options.splitParts,
      force: options.force,
      inputs: [file.path],
      configCache,
    });
    if (result.ignored)
      return {
        status: 'done',
        outputs: [],
        dependencies: result.dependencies,
        passedOver: true,
        data: { written: [], ignored: { by: result.ignoredBy ?? null } } satisfies BuildTaskData,
      };
    if (!result.refused)
      return { status: 'done', outputs: result.written, dependencies: result.dependencies, data: { written: result.written } satisfies BuildTaskData };
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const first = errors[0];
    const line = first?.position?.start.line;
    const where = line === undefined ? '' : `第 ${line} 行`;
    return {
      status: 'failed',
      outputs: [],
      data: { written: [], errors: errors.slice(0, LISTED_ERRORS), errorCount: errors.length } satisfies BuildTaskData,
      exitCode: ExitCode.problems,
      ...(line === undefined ? {} : { line }),
      reason: {
        zh: `有 ${errors.length} 个错误，未生成文档${first ? `（${where}：${first.message.zh}）` : ''}；运行 plan check ${file.shown} 查看全部，或加 --force 强制生成`,
        en: `${errors.length} error(s), no document written${first ? ` (${line === undefined ? '' : `line ${line}: `}${first.message.en})` : ''}; run plan check ${file.shown} for all of them, or add --force to build anyway`,
      },
    };
  }
}
