import { availableParallelism } from 'node:os';
import { ExitCode, PlanError } from '../errors.js';

/** `--jobs N`: how many files convert at once; the default is one per core the process may use. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new PlanError(
      {
        zh: `--jobs 的值“${value}”无效：应为 1 到 256 的整数（默认等于本机可用的处理器数 ${availableParallelism()}）`,
        en: `Invalid --jobs "${value}": expected a whole number from 1 to 256 (the default is this machine's ${availableParallelism()} processors)`,
      },
      { exitCode: ExitCode.failure },
    );
  }
  return jobs;
}
