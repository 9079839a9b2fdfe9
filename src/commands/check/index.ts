import { availableParallelism } from 'node:os';
import type { Shard } from '../../batch/shard.js';
import type { CommandContext } from '../../io/command-context.js';
import { PlanError } from '../../errors.js';
import { REPORTER_NAMES } from '../../reporters/index.js';

export interface CheckOptions {
  files: readonly string[];
  /** Apply safe fixes and write the files. */
  fix: boolean;
  /** Print the fixes as a diff, write nothing. */
  fixDryRun: boolean;
  format: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number | undefined;
  /** Report errors only. */
  quiet: boolean;
  /** An explicit config file instead of the search upward from each plan. */
  config?: string | undefined;
  /** Files checked at the same time (worker threads); default one per processor. */
  jobs?: number | undefined;
  /** `--shard i/n`: this machine's share of the files. */
  shard?: Shard | undefined;
}

export function parseFormatOption(value: string): string {
  if (REPORTER_NAMES.includes(value)) return value;
  throw new PlanError({
    zh: `--format 的值“${value}”无效：应为 ${REPORTER_NAMES.join('、')} 之一`,
    en: `Invalid --format "${value}": expected one of ${REPORTER_NAMES.join(', ')}`,
  });
}

export function parseMaxWarningsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number.parseInt(value, 10);
  throw new PlanError({
    zh: `--max-warnings 的值“${value}”无效：应为 0 或正整数`,
    en: `Invalid --max-warnings "${value}": expected 0 or a positive whole number`,
  });
}

/**
 * `plan check FILES…`: checks every plan on a pool of worker threads, fixes
 * what is safe to fix with `--fix`, prints the report in the chosen format on
 * stdout (files in input order, as they finish) and returns 0 (clean or
 * warnings only), 1 (errors, or warnings above --max-warnings) or 2 (a file
 * or config could not be read). See `src/batch/check-batch.ts`.
 */
export async function check(options: CheckOptions, context: CommandContext): Promise<number> {
  parseFormatOption(options.format);
  const { checkBatch } = await import('./check-batch.js');
  return checkBatch({ ...options, jobs: options.jobs ?? availableParallelism() }, context);
}
