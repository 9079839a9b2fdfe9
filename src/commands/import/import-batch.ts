import { IMPORT_TASK } from './import-task-source.js';
import { relative } from 'node:path';
import { createBatchReporter } from '../../batch/batch-reporter.js';
import { inInputOrder } from '../../batch/in-input-order.js';
import { batchExitCode, INTERRUPTED_EXIT_CODE, runBatch } from '../../batch/run-batch.js';
import type { BatchNoun } from '../../batch/summary.js';
import type { CommandContext } from '../../io/command-context.js';
import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import { ExitCode } from '../../errors.js';
import type { StepSwitches } from '../../import/cleaning/steps.js';
import { formatFileReport, reportToJson, type FileReport } from '../../import/format-report.js';
import { IMPORT_EXTENSIONS } from '../../import/import-file.js';
import type { ImportTaskData, ImportTaskOptions } from './import-task.js';
import { baseTarget, type OutputChoice } from '../../import/output-paths.js';

export interface ImportBatchOptions extends OutputChoice {
  steps: StepSwitches;
  splitParts: boolean;
  encoding?: ImportEncoding | undefined;
  json: boolean;
  jobs: number;
}

const IMPORTED: BatchNoun = { key: 'imported', text: { zh: '已导入', en: 'imported' } };

/**
 * Up to this many files run in the main thread: starting a worker (loading
 * the readers, building the character tables) costs more than a few small
 * files take (bench: 9 corpus files, 0.4 s in one process, 2.7 s on 2 workers).
 */
export const FILES_WITHOUT_WORKERS = 10;

/**
 * Decides every output before anything is written: an input never receives
 * another input's plan, and two inputs never write the same file (`a.doc`
 * beside `a.docx` in an archive). Such inputs fail with a message; the
 * others go ahead.
 */
function planOutputs(inputs: readonly string[], choice: OutputChoice, context: CommandContext): { targets: Record<string, string>; refused: FileReport[] } {
  const inputSet = new Set(inputs);
  const owner = new Map<string, string>();
  const targets: Record<string, string> = {};
  const refused: FileReport[] = [];
  const shown = (path: string): string => relative(context.cwd, path) || path;
  for (const input of inputs) {
    const target = baseTarget(input, choice, context.cwd);
    const other = owner.get(target);
    if (inputSet.has(target)) {
      refused.push({
        file: shown(input),
        outputs: [],
        result: null,
        error: {
          zh: `输出文件 ${shown(target)} 就是输入文件；plan import 不会覆盖输入，请用 -o 或 --out-dir 另选位置`,
          en: `The output ${shown(target)} is an input file; plan import never overwrites its input: choose another place with -o or --out-dir`,
        },
      });
    } else if (other !== undefined) {
      refused.push({
        file: shown(input),
        outputs: [],
        result: null,
        error: {
          zh: `${shown(input)} 和 ${shown(other)} 会写到同一个文件 ${shown(target)}；请分开导入，或用 -o 指定文件名`,
          en: `${shown(input)} and ${shown(other)} would both write ${shown(target)}; import them separately, or name the output with -o`,
        },
      });
    } else {
      owner.set(target, input);
      targets[input] = target;
    }
  }
  return { targets, refused };
}

/**
 * `plan import` over any number of files on the worker pool: reports in
 * input order as results arrive, progress on a terminal, a summary at the
 * end, and a failing file never stops the others.
 */
export async function importBatch(inputs: readonly string[], options: ImportBatchOptions, context: CommandContext): Promise<number> {
  const { targets, refused } = planOutputs(inputs, options, context);
  const reports: FileReport[] = [];
  const emit = (report: FileReport): void => {
    reports.push(report);
    if (!options.json) context.stdout(formatFileReport(report, context.lang));
  };
  refused.forEach(emit);

  const taskOptions: ImportTaskOptions = {
    steps: options.steps,
    splitParts: options.splitParts,
    encoding: options.encoding,
    targets,
    inputs: [...inputs],
  };
  const progress = createBatchReporter({ ...context, stdout: context.stderr }, { quiet: false, json: false, noun: IMPORTED });
  progress.setTotal(Object.keys(targets).length);
  const inOrder = inInputOrder(emit);
  const result = await runBatch({
    inputs: Object.keys(targets),
    cwd: context.cwd,
    extensions: IMPORT_EXTENSIONS,
    task: IMPORT_TASK,
    taskOptions,
    jobs: Object.keys(targets).length <= FILES_WITHOUT_WORKERS ? 1 : options.jobs,
    signal: context.signal,
    onFile(file, reply) {
      progress.onFile(file, reply);
      const data = reply.outcome.data as ImportTaskData | undefined;
      inOrder(reply.id, {
        file: file.shown,
        outputs: (data?.outputs ?? []).map((path) => relative(context.cwd, path) || path),
        result: reply.status === 'done' && data ? data.result : null,
        error: reply.status === 'done' ? null : (reply.outcome.reason ?? { zh: '已中断', en: 'interrupted' }),
      });
    },
  });
  if (options.json) context.stdout(`${JSON.stringify(reportToJson(reports, context.lang), null, 2)}\n`);
  if (inputs.length > 1 || result.interrupted) progress.finish(result);
  if (result.interrupted) return INTERRUPTED_EXIT_CODE;
  if (refused.length > 0 || result.counts.failed > 0) return Math.max(batchExitCode(result), ExitCode.failure);
  return ExitCode.ok;
}
