import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import { normaliseEncodingName, type ImportEncoding } from '../../encoding/decode-bytes.js';
import { ExitCode, PlanError } from '../../errors.js';
import type { StepSwitches } from '../../import/cleaning/steps.js';
import { formatFileReport, reportToJson, type FileReport } from '../../import/format-report.js';
import { importBatch } from './import-batch.js';
import { IMPORT_EXTENSIONS, importFile } from '../../import/import-file.js';
import { reportData } from './import-task.js';
import { expandInputs } from '../../io/expand-inputs.js';

export interface ImportOptions {
  files: readonly string[];
  /** One output file, or `-` for standard output. */
  output?: string | undefined;
  outDir?: string | undefined;
  splitParts: boolean;
  json: boolean;
  encoding?: string | undefined;
  steps: StepSwitches;
  /** Files imported at once; one per processor by default. */
  jobs?: number | undefined;
}

export function parseEncodingOption(value: string | undefined): ImportEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = normaliseEncodingName(value);
  if (encoding) return encoding;
  throw new PlanError({
    zh: `--encoding 的值“${value}”无效：应为 utf-8、gb18030、gbk、big5、utf-16le 或 utf-16be`,
    en: `Invalid --encoding "${value}": expected utf-8, gb18030, gbk, big5, utf-16le or utf-16be`,
  });
}

function checkOptions(options: ImportOptions, inputs: readonly string[]): void {
  if (options.output !== undefined && options.outDir !== undefined) {
    throw new PlanError({ zh: '-o 和 --out-dir 只能用一个', en: 'Use either -o or --out-dir, not both' });
  }
  if (options.output !== undefined && inputs.length > 1) {
    throw new PlanError({
      zh: `-o 只能用于一个输入文件，现在有 ${inputs.length} 个；多个文件请用 --out-dir 指定输出文件夹`,
      en: `-o takes one input file, but ${inputs.length} were given; use --out-dir for many files`,
    });
  }
  if (options.output === '-' && options.splitParts) {
    throw new PlanError({
      zh: '--split-parts 会写出多个文件，不能输出到标准输出（-o -）；请用 --out-dir',
      en: '--split-parts writes several files and cannot go to standard output (-o -); use --out-dir',
    });
  }
}

/** `-o -`: one file, its Markdown on stdout and its report on stderr. */
async function importToStdout(input: string, options: ImportOptions, encoding: ImportEncoding | undefined, context: CommandContext): Promise<number> {
  const shown = relative(context.cwd, input) || input;
  const report: FileReport = { file: shown, outputs: [], result: null, error: null };
  let exitCode: number = ExitCode.ok;
  try {
    const result = await importFile(input, shown, { steps: options.steps, splitParts: false, encoding, signal: context.signal });
    context.stdout((result.plans[0] as { markdown: string }).markdown);
    report.result = reportData(result);
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    report.error = error.text;
    exitCode = ExitCode.failure;
  }
  context.stderr(options.json ? `${JSON.stringify(reportToJson([report], context.lang), null, 2)}\n` : formatFileReport(report, context.lang));
  return exitCode;
}

/**
 * `plan import`: reads past plans (.txt in any Chinese encoding, .md, .html,
 * .docx, .doc), cleans them, recovers their structure and writes Markdown
 * plans, with a report per file. Every file is imported in memory first;
 * a file that fails writes nothing, and an input is never overwritten.
 */
export async function importPlans(options: ImportOptions, context: CommandContext): Promise<number> {
  const encoding = parseEncodingOption(options.encoding);
  const inputs = await expandInputs(options.files, {
    cwd: context.cwd,
    extensions: IMPORT_EXTENSIONS,
    what: { zh: '可导入的文件（.txt、.md、.html、.docx、.doc）', en: 'importable files (.txt, .md, .html, .docx, .doc)' },
  });
  checkOptions(options, inputs);
  if (options.output === '-') return importToStdout(inputs[0] as string, options, encoding, context);
  return importBatch(
    inputs,
    {
      output: options.output,
      outDir: options.outDir,
      steps: options.steps,
      splitParts: options.splitParts,
      encoding,
      json: options.json,
      jobs: options.jobs ?? availableParallelism(),
    },
    context,
  );
}
