import type { Shard } from '../../batch/shard.js';
import { PlanError } from '../../errors.js';
import type { CommandContext } from '../../io/command-context.js';
import type { PdfEngineName } from '../../render/pdf/pdf-engine.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../render/renderers.js';
import { extname } from 'node:path';

export interface BuildOptions {
  files: readonly string[];
  /** `-o`: the output file for a single plan (its extension is replaced per format). */
  output?: string | undefined;
  /** `--out-dir`: outputs go here, mirroring the inputs' folders below the working folder. */
  outDir?: string | undefined;
  /** `--format`; when not given, the format `-o`'s extension names, else .docx (see formatsFor). */
  formats?: readonly OutputFormat[] | undefined;
  /** `--template`: a built-in name or a folder; else the plan's `template:`, else `plan`. */
  template?: string | undefined;
  /** One document per part (篇). */
  splitParts: boolean;
  /** Build even when `plan check` finds errors (the check is skipped). */
  force: boolean;
  /** Plans built at once (worker threads); default one per processor. */
  jobs?: number | undefined;
  /** `--shard i/n`: this machine's share of the plans. */
  shard?: Shard | undefined;
  /** Skip a plan whose content, template and tool version are as at its last build. */
  skipUnchanged?: boolean | undefined;
  /** Where --skip-unchanged keeps its hashes; default `.plan-cache.json` in the output folder. */
  cacheFile?: string | undefined;
  /** A JSON summary on stdout instead of the table. */
  json?: boolean | undefined;
  /** Print failures only. */
  quiet?: boolean | undefined;
  pdfEngine?: PdfEngineName | undefined;
}

/**
 * The formats to write, from `--format` and `-o`, by one rule: `-o`'s
 * extension names the format (`-o 计划.pdf` writes a PDF); given both, they
 * must agree; `-o` without an extension takes every format's own
 * (`-o 计划 --format docx,html`). An extension that is no output format
 * (`-o 计划.md`) and a folder (`-o out/`) are mistakes, never a name picked
 * silently.
 */
/** Build options once the formats are settled (see formatsFor). */
export type SettledBuildOptions = BuildOptions & { formats: readonly OutputFormat[] };

export function formatsFor(output: string | undefined, formats: readonly OutputFormat[] | undefined): OutputFormat[] {
  if (output === undefined) return [...(formats ?? ['docx'])];
  if (/[\\/]$/.test(output) || output === '.' || output === '..') {
    throw new PlanError({
      zh: `-o 的值“${output}”是文件夹：-o 需要一个文件名（如 -o 计划.docx）；输出到文件夹请用 --out-dir ${output}`,
      en: `-o "${output}" is a folder: -o takes a file name (such as -o plan.docx); use --out-dir ${output} to write into a folder`,
    });
  }
  const extension = extname(output).slice(1).toLowerCase();
  if (extension === '') return [...(formats ?? ['docx'])];
  if (!(OUTPUT_FORMATS as readonly string[]).includes(extension)) {
    throw new PlanError({
      zh: `-o 的扩展名“.${extension}”不是可生成的格式：应为 ${OUTPUT_FORMATS.map((format) => `.${format}`).join('、')}，或不写扩展名`,
      en: `-o "${output}": ".${extension}" is not a format plan build writes: use ${OUTPUT_FORMATS.map((format) => `.${format}`).join(', ')}, or no extension`,
    });
  }
  const named = extension as OutputFormat;
  if (formats !== undefined && (formats.length !== 1 || formats[0] !== named)) {
    throw new PlanError({
      zh: `-o ${output} 是 .${named} 文件，而 --format 要求 ${formats.join('、')}：两者应一致；要生成多种格式，-o 请不写扩展名`,
      en: `-o ${output} is a .${named} file but --format asks for ${formats.join(', ')}: make them agree; for several formats give -o without an extension`,
    });
  }
  return [named];
}

export function parseFormatsOption(value: string | undefined): OutputFormat[] {
  if (value === undefined) return ['docx'];
  const formats = value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item.length > 0);
  const unknown = formats.filter((format) => !(OUTPUT_FORMATS as readonly string[]).includes(format));
  if (formats.length === 0 || unknown.length > 0) {
    throw new PlanError({
      zh: `--format 的值“${value}”无效：应为 ${OUTPUT_FORMATS.join('、')} 中的一个或多个，用逗号分隔`,
      en: `Invalid --format "${value}": expected one or more of ${OUTPUT_FORMATS.join(', ')}, separated by commas`,
    });
  }
  return [...new Set(formats)] as OutputFormat[];
}

/**
 * `plan build FILES…`: one document per plan (per part with
 * `--split-parts`) in each requested format, on a pool of worker threads
 * (see build-batch.ts). Exit 0 when every plan was built, 1 when
 * a plan was refused for check errors, 2 when a file, a template or an
 * output could not be handled, 130 after Ctrl-C.
 */
export async function build(options: BuildOptions, context: CommandContext): Promise<number> {
  const { buildBatch } = await import('./build-batch.js');
  return buildBatch(options, context);
}
