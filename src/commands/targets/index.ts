import { relative, resolve } from 'node:path';
import { isIgnored } from '../../check/engine/check-file.js';
import { ignoredNotice } from '../../check/engine/ignored-notice.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import { loadConfigFor } from '../../config/load-config.js';
import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { expandInputs } from '../../io/expand-inputs.js';
import { readPlanFile } from '../../io/read-plan-file.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { parsePlan } from '../../parse/parse-plan.js';
import { unreadableMessages, unreadablePlanError } from '../../plan/unreadable-plan.js';
import { extractTargets } from '../../targets/extract-targets.js';
import type { Target } from '../../targets/target-types.js';

export const TARGET_FORMATS = ['table', 'csv', 'json', 'xlsx', 'md'] as const;
export type TargetFormat = (typeof TARGET_FORMATS)[number];

export interface TargetsOptions {
  files: readonly string[];
  format: TargetFormat;
  /** Where to write the output; stdout when absent (not for xlsx). */
  output?: string | undefined;
}

export function parseTargetFormat(value: string): TargetFormat {
  if ((TARGET_FORMATS as readonly string[]).includes(value)) return value as TargetFormat;
  throw new PlanError({
    zh: `--format 的值“${value}”无效：应为 ${TARGET_FORMATS.join('、')} 之一`,
    en: `Invalid --format "${value}": expected one of ${TARGET_FORMATS.join(', ')}`,
  });
}

/**
 * `plan targets FILES…`: the quantified targets of every plan, one table for
 * all of them (a file column first when there are several). Exit 0, or 2
 * when a file cannot be read; finding no target is not a failure.
 */
export async function targets(options: TargetsOptions, context: CommandContext): Promise<number> {
  if (options.format === 'xlsx' && options.output === undefined) {
    throw new PlanError({
      zh: '--format xlsx 需要用 -o 指定输出文件，例如 -o 目标任务.xlsx',
      en: '--format xlsx needs an output file: add -o, e.g. -o targets.xlsx',
    });
  }
  const files = await expandInputs(options.files, { cwd: context.cwd, extensions: ['md', 'markdown'] });
  // The config's `ignore` applies as in check and build; a file named on the command line and passed over is said.
  const configs = new Map<string, Promise<ResolvedConfig>>();
  const named = new Set(options.files.map((given) => resolve(context.cwd, given)));
  const found: Target[] = [];
  for (const file of files) {
    if (context.signal.aborted) return ExitCode.failure;
    const shown = relative(context.cwd, file) || file;
    const config = await loadConfigFor(file, { cwd: context.cwd, cache: configs });
    if (isIgnored(resolve(context.cwd, file), config)) {
      if (named.has(resolve(context.cwd, file))) context.stderr(ignoredNotice(shown, config.file, context));
      continue;
    }
    const parsed = parsePlan(await readPlanFile(file, shown), { file: shown });
    // A plan whose front matter cannot be read is exit 2 here as in every command.
    const unreadable = unreadableMessages(parsed.messages);
    if (unreadable.length > 0) throw unreadablePlanError(shown, unreadable);
    found.push(...extractTargets(parsed.document, shown));
  }
  const output = await formatTargets(found, options, context, files.length > 1);
  if (options.output !== undefined) await writeFileAtomic(resolve(context.cwd, options.output), output);
  else context.stdout(output);
  return ExitCode.ok;
}

async function formatTargets(found: readonly Target[], options: TargetsOptions, context: CommandContext, withFile: boolean): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'json': {
      const { formatTargetsJson } = await import('../../targets/format/format-targets-json.js');
      return formatTargetsJson(found);
    }
    case 'csv': {
      const { formatTargetsCsv } = await import('../../targets/format/format-targets-csv.js');
      return formatTargetsCsv(found, context.lang, options.output !== undefined);
    }
    case 'md': {
      const { formatTargetsMarkdown } = await import('../../targets/format/format-targets-md.js');
      return formatTargetsMarkdown(found, context.lang, withFile);
    }
    case 'xlsx': {
      const { formatTargetsXlsx } = await import('../../targets/format/format-targets-xlsx.js');
      return formatTargetsXlsx(found, context.lang);
    }
    case 'table': {
      const { formatTargetsTable } = await import('../../targets/format/format-targets-table.js');
      return formatTargetsTable(found, { lang: context.lang, color: context.color && options.output === undefined, withFile });
    }
  }
}
