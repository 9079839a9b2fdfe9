import type { Shard } from '../../batch/shard.js';
import { PlanError } from '../../errors.js';
import type { CommandContext } from '../../io/command-context.js';
import type { PdfEngineName } from '../../render/pdf/pdf-engine.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../render/renderers.js';

export interface BuildOptions {
  files: readonly string[];
  /** `-o`: the output file for a single plan (its extension is replaced per format). */
  output?: string | undefined;
  /** `--out-dir`: outputs go here, mirroring the inputs' folders below the working folder. */
  outDir?: string | undefined;
  formats: readonly OutputFormat[];
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

export function parseFormatsOption(value: string | undefined): OutputFormat[] {
  if (value === undefined) return ['docx'];
  const formats = value.split(',').map((item) => item.trim().toLowerCase()).filter((item) => item.length > 0);
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
