import { ExitCode } from '../errors.js';
import type { Text } from '../i18n/text.js';
import { BuildCache } from './cache.js';
import type { BatchStatus, TaskReply } from './execute-task.js';
import { InlineRunner } from './inline-runner.js';
import type { HeapLimits, RunnerOptions, TaskRunner } from './runner.js';
import { inShard, type Shard } from './shard.js';
import { streamInputs } from './stream-inputs.js';
import type { BatchFile } from './task.js';
import type { TaskSource } from './tasks.js';
import { WorkerPool } from './worker-pool.js';

export interface BatchOptions {
  /** FILES arguments: files, folders, globs. */
  inputs: readonly string[];
  cwd: string;
  extensions: readonly string[];
  what?: Text;
  /** The task every worker loads (see task.ts), and its options. */
  task: TaskSource;
  taskOptions: unknown;
  jobs: number;
  /** Each pool thread's heap, when the task wants other than the pool's default. */
  heapLimits?: HeapLimits;
  shard?: Shard;
  /** --skip-unchanged: the cache file and the key of this build's configuration. */
  cache?: { file: string; key: string };
  signal: AbortSignal;
  /** Called once the run knows whether it is a single file (run in the main thread) or many. */
  onStart?: (info: { single: boolean }) => void;
  /** Called as each file finishes, in the order they finish. */
  onFile?: (file: BatchFile, reply: TaskReply) => void;
}

export interface BatchFailure {
  file: string;
  reason: Text;
  exitCode: number;
  line?: number;
  internal?: string;
}

export interface BatchResult {
  counts: Record<BatchStatus, number>;
  /** Finished files the config's `ignore` excludes (not in `counts.done`). */
  passedOver: number;
  /** Files of this shard never started because of Ctrl-C. */
  notStarted: number;
  interrupted: boolean;
  seconds: number;
  failures: BatchFailure[];
}

/** Exit code after Ctrl-C, as shells report a process ended by SIGINT (128 + 2). */
export const INTERRUPTED_EXIT_CODE = 130;

/** The exit code a batch ends with: the worst of its failures, 0 when none failed. */
export function batchExitCode(result: BatchResult): number {
  return result.failures.reduce((worst, failure) => Math.max(worst, failure.exitCode), 0);
}

/**
 * Runs a task over every input file on a pool of worker threads: the file
 * list is streamed and at most `jobs` files are in flight, so memory stays
 * flat however large the archive. A failing file is recorded and the others
 * go on; Ctrl-C stops handing out files, lets those in progress finish or stop
 * (outputs are written through a temporary file, so nothing half-written is
 * left), and the result says what was done.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const counts: Record<BatchStatus, number> = { done: 0, failed: 0, skipped: 0, interrupted: 0 };
  const failures: BatchFailure[] = [];
  const cache = options.cache ? await BuildCache.load(options.cache.file) : undefined;

  const files = shardOf(
    streamInputs(options.inputs, { cwd: options.cwd, extensions: options.extensions, ...(options.what ? { what: options.what } : {}) }),
    options.shard,
  );
  const first = await files.next();
  const second = first.done ? first : await files.next();
  if (first.done) return { counts, passedOver: 0, notStarted: 0, interrupted: false, seconds: elapsed(started), failures };

  const runnerOptions: RunnerOptions = {
    task: options.task,
    taskOptions: options.taskOptions,
    ...(options.cache ? { cacheKey: options.cache.key } : {}),
    ...(options.heapLimits ? { heapLimits: options.heapLimits } : {}),
  };
  const runner: TaskRunner = second.done || options.jobs === 1 ? await InlineRunner.create(runnerOptions) : new WorkerPool(runnerOptions, options.jobs);
  options.onStart?.({ single: second.done === true });
  const onAbort = (): void => runner.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });

  const inFlight = new Set<Promise<void>>();
  let nextId = 0;
  let notStarted = 0;
  let passedOver = 0;
  let fatal: unknown;
  const dispatch = (file: BatchFile): void => {
    const previous = cache?.previous(file.path);
    const work = runner
      .run({ id: nextId++, file, ...(previous ? { previous } : {}) })
      .then((reply) => {
        if (reply.status === 'interrupted' && reply.started === false) notStarted += 1;
        else if (reply.status === 'done' && reply.outcome.passedOver) passedOver += 1;
        else counts[reply.status] += 1;
        if (reply.status === 'failed') {
          failures.push({
            file: file.shown,
            reason: reply.outcome.reason ?? { zh: '失败', en: 'failed' },
            exitCode: reply.outcome.exitCode ?? ExitCode.failure,
            ...(reply.outcome.line === undefined ? {} : { line: reply.outcome.line }),
            ...(reply.outcome.internal === undefined ? {} : { internal: reply.outcome.internal }),
          });
        }
        if (cache) {
          if ((reply.status === 'done' || reply.status === 'skipped') && reply.hash !== undefined)
            cache.record(file.path, reply.hash, reply.outcome.outputs, reply.dependencies);
          else if (reply.status === 'failed') cache.forget(file.path);
        }
        options.onFile?.(file, reply);
      })
      .catch((error: unknown) => {
        fatal ??= error;
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  };

  try {
    const pending: BatchFile[] = [first.value, ...(second.done ? [] : [second.value])];
    const upcoming = async (): Promise<BatchFile | undefined> => {
      const queued = pending.shift();
      if (queued) return queued;
      const next = await files.next();
      return next.done ? undefined : next.value;
    };
    for (let file = await upcoming(); file; file = await upcoming()) {
      while (inFlight.size >= runner.capacity && fatal === undefined) await Promise.race(inFlight);
      if (fatal !== undefined) break;
      if (options.signal.aborted) {
        notStarted += 1;
        continue;
      }
      dispatch(file);
    }
  } catch (error) {
    fatal ??= error;
  } finally {
    await Promise.allSettled(inFlight);
    options.signal.removeEventListener('abort', onAbort);
    await runner.close();
    // Whatever finished is remembered, even when the run was cut short.
    await cache?.save();
  }
  if (fatal !== undefined) throw fatal;
  return { counts, passedOver, notStarted, interrupted: options.signal.aborted, seconds: elapsed(started), failures };
}

async function* shardOf(files: AsyncGenerator<BatchFile>, shard: Shard | undefined): AsyncGenerator<BatchFile> {
  let position = 0;
  for await (const file of files) {
    if (inShard(position, shard)) yield file;
    position += 1;
  }
}

function elapsed(started: number): number {
  return (performance.now() - started) / 1000;
}
