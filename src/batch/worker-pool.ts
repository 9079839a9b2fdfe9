import type { Worker } from 'node:worker_threads';
import { PlanError } from '../errors.js';
import type { TaskReply, TaskRequest } from './execute-task.js';
import type { HeapLimits, RunnerOptions, TaskRunner } from './runner.js';
import { threadTaskReference } from './tasks.js';
import { startWorker } from './worker-launch.js';
import type { WorkerMessage, WorkerStart } from './worker-protocol.js';

interface Pending {
  request: TaskRequest;
  resolve: (reply: TaskReply) => void;
  reject: (error: unknown) => void;
}

interface PoolThread {
  worker: Worker;
  /** Started with the heap limit; a file too big for it is retried on a thread without. */
  limited: boolean;
  /** Files sent to the thread, in the order it runs them: the first is the one running. */
  pending: Map<number, Pending>;
  exited: Promise<void>;
}

/**
 * Files a thread holds at once: the one it runs and the next, so that it
 * never waits for the main thread between two files.
 */
const DEPTH = 2;

/**
 * Heap per thread. A plan needs a few tens of MB live, but an unlimited heap
 * grows to several times that; capping the old generation keeps a
 * thousand-plan batch in flat memory. The young generation is given too:
 * setting any limit otherwise shrinks it, and batches ran markedly slower.
 * Under the single-threaded collector a batch runs with (bin/relaunch.js),
 * 48 MB is as fast as larger sizes and keeps the process tree smaller (see
 * docs/performance.md). This is the default; a task may ask for another
 * (see check-batch.ts).
 */
const WORKER_HEAP_LIMITS: HeapLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 };

/**
 * A fixed number of worker threads, started on demand, each running one file
 * at a time with the next one queued. A thread that dies (a crash) fails only
 * the file it was running; the files queued behind it go to a new thread.
 */
export class WorkerPool implements TaskRunner {
  /** One entry per free slot of a thread. */
  private readonly idle: PoolThread[] = [];
  private readonly threads = new Set<PoolThread>();
  private readonly waiting: Array<(thread: PoolThread) => void> = [];
  private started = 0;
  private fatal: PlanError | undefined;
  private closing = false;

  readonly capacity: number;

  constructor(
    private readonly options: RunnerOptions,
    private readonly size: number,
  ) {
    this.capacity = size * DEPTH;
  }

  async run(request: TaskRequest): Promise<TaskReply> {
    if (this.fatal) throw this.fatal;
    const thread = await this.acquire();
    return new Promise<TaskReply>((resolve, reject) => this.send(thread, { request, resolve, reject }));
  }

  private send(thread: PoolThread, pending: Pending): void {
    thread.pending.set(pending.request.id, pending);
    thread.worker.postMessage({ type: 'run', request: pending.request });
  }

  abort(): void {
    for (const thread of this.threads) thread.worker.postMessage({ type: 'abort' });
  }

  async close(): Promise<void> {
    this.closing = true;
    const threads = [...this.threads];
    for (const thread of threads) thread.worker.postMessage({ type: 'close' });
    await Promise.all(
      threads.map(async (thread) => {
        // A task that keeps a handle open must not hold the command forever.
        const timer = setTimeout(() => void thread.worker.terminate(), 10_000);
        await thread.exited;
        clearTimeout(timer);
      }),
    );
  }

  private async acquire(): Promise<PoolThread> {
    // Every thread is started before any gets a second file.
    if (this.threads.size < this.size) {
      const thread = this.spawn();
      this.release(thread, DEPTH - 1);
      return thread;
    }
    const free = this.idle.shift();
    if (free) return free;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(thread: PoolThread, slots = 1): void {
    for (let slot = 0; slot < slots; slot += 1) {
      const next = this.waiting.shift();
      if (next) next(thread);
      else this.idle.push(thread);
    }
  }

  private spawn(limited = true): PoolThread {
    const start: WorkerStart = {
      task: threadTaskReference(this.options.task),
      options: this.options.taskOptions,
      index: this.started,
      ...(this.options.cacheKey === undefined ? {} : { cacheKey: this.options.cacheKey }),
    };
    this.started += 1;
    const worker = startWorker(start, limited ? (this.options.heapLimits ?? WORKER_HEAP_LIMITS) : undefined);
    let markExited: () => void = () => undefined;
    const thread: PoolThread = { worker, limited, pending: new Map(), exited: new Promise((resolve) => (markExited = resolve)) };
    this.threads.add(thread);

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'result') {
        const pending = thread.pending.get(message.reply.id);
        thread.pending.delete(message.reply.id);
        this.release(thread);
        pending?.resolve(message.reply);
      } else {
        const fatal = new PlanError(message.reason);
        this.fatal = fatal;
        for (const pending of thread.pending.values()) pending.reject(fatal);
        thread.pending.clear();
      }
    });
    const died = (why: string, outOfMemory = false): void => {
      this.threads.delete(thread);
      for (let index = this.idle.indexOf(thread); index >= 0; index = this.idle.indexOf(thread)) this.idle.splice(index, 1);
      const [running, ...queued] = [...thread.pending.values()];
      thread.pending.clear();
      if (this.closing) return;
      const retried = running && outOfMemory && thread.limited ? [running] : [];
      if (running && retried.length === 0) {
        running.resolve({
          id: running.request.id,
          status: 'failed',
          outcome: {
            status: 'failed',
            outputs: [],
            reason: { zh: `内部错误：处理该文件的线程意外退出（${why}）`, en: `internal error: the thread converting this file died (${why})` },
            internal: why,
          },
          milliseconds: 0,
        });
      }
      // A new thread takes the dead one's place and its files; a huge plan (out of memory) gets one without the heap limit.
      const replacement = this.spawn(retried.length === 0);
      for (const pending of [...retried, ...queued]) this.send(replacement, pending);
      this.release(replacement, Math.max(0, DEPTH - replacement.pending.size));
    };
    worker.on('error', (error: Error & { code?: string }) => died(error.stack ?? error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => {
      markExited();
      if (this.threads.has(thread) && !this.closing) died(`exit code ${code}`);
    });
    return thread;
  }
}
