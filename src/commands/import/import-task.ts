import type { BatchFile, BatchTask, TaskOutcome, WorkerInfo } from '../../batch/task.js';
import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import { PlanError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import type { StepSwitches } from '../../import/cleaning/steps.js';
import { importFile, type ImportFileResult } from '../../import/import-file.js';
import { planTargets } from '../../import/output-paths.js';

/** What every worker of a `plan import` batch starts with: plain data. */
export interface ImportTaskOptions {
  steps: StepSwitches;
  splitParts: boolean;
  encoding?: ImportEncoding | undefined;
  /** Input path → where its plan goes (before part suffixes), decided up front for every file. */
  targets: Record<string, string>;
  /** Every input of the run: never written over. */
  inputs: string[];
}

/** One imported file as the main thread reports it: the result without the trees and the Markdown. */
export type ImportReportData = Omit<ImportFileResult, 'plans'> & {
  plans: Array<Omit<ImportFileResult['plans'][number], 'document' | 'markdown'>>;
};

export interface ImportTaskData {
  file: string;
  outputs: string[];
  result: ImportReportData;
}

export function reportData(result: ImportFileResult): ImportReportData {
  return { ...result, plans: result.plans.map(({ document: _document, markdown: _markdown, ...plan }) => plan) };
}

/**
 * `plan import` as a batch task: each worker imports its files in memory and
 * writes the plans itself, atomically, so the Markdown never travels back to
 * the main thread; a file that fails writes nothing.
 */
export function createTask(options: ImportTaskOptions, worker: WorkerInfo): BatchTask {
  const inputs = new Set(options.inputs);
  return {
    async run(file: BatchFile): Promise<TaskOutcome> {
      const result = await importFile(file.path, file.shown, {
        steps: options.steps,
        splitParts: options.splitParts,
        encoding: options.encoding,
        signal: worker.signal,
      });
      const target = options.targets[file.path];
      if (target === undefined) throw new Error(`no output decided for ${file.path}`);
      const targets = planTargets(
        target,
        result.plans.map((plan) => plan.part),
      );
      const overwritten = targets.find((path) => inputs.has(path));
      if (overwritten !== undefined) {
        throw new PlanError(
          {
            zh: `${file.shown} 的输出 ${overwritten} 是另一个输入文件；plan import 不会覆盖输入，请用 --out-dir 另选位置`,
            en: `The output of ${file.shown}, ${overwritten}, is an input file; plan import never overwrites an input: choose another place with --out-dir`,
          },
          { place: { file: file.shown } },
        );
      }
      for (const [index, path] of targets.entries()) await writeFileAtomic(path, (result.plans[index] as { markdown: string }).markdown);
      const data: ImportTaskData = { file: file.shown, outputs: targets, result: reportData(result) };
      return { status: 'done', outputs: targets, data };
    },
  };
}
