import type { CommandContext } from '../cli/context.js';
import { formatError } from '../cli/report-error.js';
import { checkFile, type CheckFileResult } from '../check/check-file.js';
import { unifiedDiff } from '../check/unified-diff.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { ExitCode, isPlanError, PlanError } from '../errors.js';
import { expandInputs } from '../io/expand-inputs.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { REPORTER_NAMES, REPORTER_STREAMS } from '../reporters/index.js';

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
  /** Files checked at the same time. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 8;

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

/** What one file left behind once reported: enough for the summary lines and the exit code. */
interface Tally {
  errors: number;
  warnings: number;
  fixed: number;
  written: number;
  changedFiles: number;
  refused: number;
}

/**
 * `plan check FILES…`: checks every plan, fixes what is safe to fix with
 * `--fix`, prints the report in the chosen format on stdout and returns
 * 0 (clean or warnings only), 1 (errors, or warnings above --max-warnings)
 * or 2 (a file or config could not be read). Files are checked several at a
 * time and reported in input order as soon as each is done, so that memory
 * stays flat however many plans there are.
 */
export async function check(options: CheckOptions, context: CommandContext): Promise<number> {
  const reporter = REPORTER_STREAMS[parseFormatOption(options.format)];
  if (!reporter) throw new Error(`no reporter ${options.format}`);
  const paths = await expandInputs(options.files, { cwd: context.cwd, extensions: ['md', 'markdown'] });
  const configCache = new Map<string, Promise<ResolvedConfig>>();
  const failures = new Set<string>();
  const fix = options.fix || options.fixDryRun;
  const writer = reporter({ lang: context.lang, color: context.color, cwd: context.cwd });
  const tally: Tally = { errors: 0, warnings: 0, fixed: 0, written: 0, changedFiles: 0, refused: 0 };
  context.stdout(writer.start);

  const report = async (result: CheckFileResult | null): Promise<void> => {
    if (result === null || result.ignored) return;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') tally.errors += 1;
      else if (diagnostic.severity === 'warning') tally.warnings += 1;
    }
    tally.fixed += result.fixed;
    tally.refused += result.refused;
    if (result.output !== null) {
      tally.changedFiles += 1;
      if (options.fixDryRun) {
        context.stdout(unifiedDiff(result.originalSource, result.source, `a/${result.file}`, `b/${result.file}`));
      } else if (options.fix) {
        await writeFileAtomic(result.path, result.output);
        tally.written += 1;
      }
    }
    const diagnostics = options.quiet ? result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : result.diagnostics;
    context.stdout(writer.file({ file: result.file, diagnostics }));
  };

  // Results arrive out of order; each is reported once all before it are.
  const done = new Map<number, CheckFileResult | null>();
  let nextToReport = 0;
  let reporting = Promise.resolve();
  const flush = async (): Promise<void> => {
    while (done.has(nextToReport)) {
      const result = done.get(nextToReport) ?? null;
      done.delete(nextToReport);
      nextToReport += 1;
      await report(result);
    }
  };

  await forEachLimited(paths, options.concurrency ?? DEFAULT_CONCURRENCY, context.signal, async (path, index) => {
    let result: CheckFileResult | null = null;
    try {
      result = await checkFile(path, {
        cwd: context.cwd,
        fix,
        configCache,
        ...(options.config ? { configFile: options.config } : {}),
      });
    } catch (error) {
      if (!isPlanError(error)) throw error;
      // One unreadable file (or one bad config shared by many) is reported once; the others are still checked.
      const message = formatError(error, context.lang, context.debug);
      if (!failures.has(message)) {
        failures.add(message);
        context.stderr(message);
      }
    }
    done.set(index, result);
    reporting = reporting.then(flush);
    await reporting;
  });
  await reporting;
  context.stdout(writer.end());

  if (fix && tally.fixed > 0) {
    const verb = options.fixDryRun ? { zh: '可修复', en: 'would fix' } : { zh: '已修复', en: 'fixed' };
    const files = options.fixDryRun ? tally.changedFiles : tally.written;
    context.stderr(
      context.lang === 'zh'
        ? `plan check：${verb.zh} ${tally.fixed} 处问题，涉及 ${files} 个文件${options.fixDryRun ? '（未写入）' : ''}\n`
        : `plan check: ${verb.en} ${tally.fixed} problem${tally.fixed === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${options.fixDryRun ? ' (nothing written)' : ''}\n`,
    );
  }
  if (tally.refused > 0) {
    context.stderr(
      context.lang === 'zh'
        ? `plan check：有 ${tally.refused} 处修复会改变编号结构，未自动修复，请人工处理\n`
        : `plan check: ${tally.refused} fix${tally.refused === 1 ? '' : 'es'} would change the outline and ${tally.refused === 1 ? 'was' : 'were'} left for you to make\n`,
    );
  }

  if (failures.size > 0) return ExitCode.failure;
  if (tally.errors > 0) return ExitCode.problems;
  if (options.maxWarnings !== undefined && tally.warnings > options.maxWarnings) {
    context.stderr(
      context.lang === 'zh'
        ? `plan check：警告 ${tally.warnings} 个，超过 --max-warnings ${options.maxWarnings}\n`
        : `plan check: ${tally.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`,
    );
    return ExitCode.problems;
  }
  return ExitCode.ok;
}

/** Runs `task` over `items` with at most `limit` at a time, in order of start; stops starting new ones once aborted. */
async function forEachLimited<T>(items: readonly T[], limit: number, signal: AbortSignal, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal.aborted) {
      const index = next;
      next += 1;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (signal.aborted) {
    throw new PlanError({ zh: '检查已中断', en: 'The check was interrupted' });
  }
}
