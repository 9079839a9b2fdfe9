import { ExitCode, PlanError } from '../errors.js';

/** `--shard i/n`: this machine takes the i-th of n interleaved slices (1-based). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new PlanError(
      {
        zh: `--shard 的值“${value}”无效：应为 i/n，1 ≤ i ≤ n，例如 --shard 2/4`,
        en: `Invalid --shard "${value}": expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`,
      },
      { exitCode: ExitCode.failure },
    );
  }
  return { index, count };
}

/**
 * Whether the file at `position` (0-based, in the sorted order every machine
 * sees) belongs to the shard. Interleaving rather than cutting into blocks
 * keeps the shards even when one folder holds the big files.
 */
export function inShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || position % shard.count === shard.index - 1;
}

/** How many of `total` files a shard takes: the progress bar's total. */
export function shardSize(total: number, shard: Shard | undefined): number {
  if (!shard) return total;
  return Math.max(0, Math.ceil((total - (shard.index - 1)) / shard.count));
}
