import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { normaliseEncodingName, type ImportEncoding } from '../encoding/decode-bytes.js';
import { ExitCode, PlanError } from '../errors.js';
import type { StepSwitches } from '../import/cleaning/steps.js';
import { formatFileReport, reportToJson, type FileReport } from '../import/format-report.js';
import { IMPORT_EXTENSIONS, importFile, type ImportFileResult } from '../import/import-file.js';
import { expandInputs } from '../io/expand-inputs.js';
import { writeFileAtomic } from '../io/write-atomic.js';

export interface ImportOptions {
  files: readonly string[];
  /** One output file, or `-` for standard output. */
  output?: string | undefined;
  outDir?: string | undefined;
  splitParts: boolean;
  json: boolean;
  encoding?: string | undefined;
  steps: StepSwitches;
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

/** Where each plan of one input goes; a collection split into parts gets `-篇1` and so on. */
function outputPaths(input: string, result: ImportFileResult, options: ImportOptions, cwd: string): string[] {
  const extension = extname(input);
  const base = basename(input, extension);
  let target: string;
  if (options.output !== undefined) target = resolve(cwd, options.output);
  else if (options.outDir !== undefined) target = join(resolve(cwd, options.outDir), `${base}.md`);
  // Never the input itself: a Markdown input gets a sibling.
  else target = join(dirname(input), extension.toLowerCase() === '.md' ? `${base}.imported.md` : `${base}.md`);
  if (result.plans.length === 1) return [target];
  const targetExtension = extname(target) || '.md';
  const stem = target.slice(0, target.length - extname(target).length);
  return result.plans.map((plan, index) => `${stem}-${plan.part ?? String(index + 1)}${targetExtension}`);
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
    throw new PlanError({ zh: '--split-parts 会写出多个文件，不能输出到标准输出（-o -）；请用 --out-dir', en: '--split-parts writes several files and cannot go to standard output (-o -); use --out-dir' });
  }
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
  const inputSet = new Set(inputs);
  const claimed = new Map<string, string>();
  const reports: FileReport[] = [];
  let exitCode: number = ExitCode.ok;
  const toStdout = options.output === '-';
  const log = toStdout ? context.stderr : context.stdout;

  for (const input of inputs) {
    if (context.signal.aborted) break;
    const shown = relative(context.cwd, input) || input;
    const report: FileReport = { file: shown, outputs: [], result: null, error: null };
    reports.push(report);
    try {
      const result = await importFile(input, shown, { steps: options.steps, splitParts: options.splitParts, encoding, signal: context.signal });
      report.result = result;
      if (toStdout) {
        context.stdout((result.plans[0] as { markdown: string }).markdown);
      } else {
        const targets = outputPaths(input, result, options, context.cwd);
        for (const target of targets) {
          if (inputSet.has(target)) {
            throw new PlanError({
              zh: `输出文件 ${relative(context.cwd, target)} 就是输入文件；plan import 不会覆盖输入，请用 -o 或 --out-dir 另选位置`,
              en: `The output ${relative(context.cwd, target)} is an input file; plan import never overwrites its input: choose another place with -o or --out-dir`,
            });
          }
          const owner = claimed.get(target);
          if (owner !== undefined) {
            throw new PlanError({
              zh: `${shown} 和 ${owner} 会写到同一个文件 ${relative(context.cwd, target)}；请分开导入，或用 -o 指定文件名`,
              en: `${shown} and ${owner} would both write ${relative(context.cwd, target)}; import them separately, or name the output with -o`,
            });
          }
        }
        for (const [index, target] of targets.entries()) {
          await writeFileAtomic(target, (result.plans[index] as { markdown: string }).markdown);
          claimed.set(target, shown);
          report.outputs.push(relative(context.cwd, target) || target);
        }
      }
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      report.error = error.text;
      report.result = null;
      exitCode = ExitCode.failure;
    }
    if (!options.json) log(formatFileReport(report, context.lang));
  }
  if (options.json) {
    const json = `${JSON.stringify(reportToJson(reports, context.lang), null, 2)}\n`;
    if (toStdout) context.stderr(json);
    else context.stdout(json);
  }
  if (inputs.length > 1 && !options.json) {
    const failed = reports.filter((report) => report.error !== null).length;
    log(
      context.lang === 'zh'
        ? `共 ${inputs.length} 个文件：导入 ${inputs.length - failed} 个，失败 ${failed} 个\n`
        : `${inputs.length} files: ${inputs.length - failed} imported, ${failed} failed\n`,
    );
  }
  return exitCode;
}
