import { Worker } from 'node:worker_threads';
import { PlanError } from '../errors.js';
import type { TaskReply, TaskRequest } from './execute-task.js';
import { loadableModuleUrl } from './module-url.js';
import type { RunnerOptions, TaskRunner } from './runner.js';
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
  pending?: Pending;
  exited: Promise<void>;
}

/**
 * Old-generation heap per thread. A plan needs a few tens of MB, but V8 lets
 * an unlimited heap grow to several times what is live; this keeps a
 * thousand-file batch well under 400 MB in all.
 */
const WORKER_HEAP_LIMIT_MB = 256;

function workerUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return loadableModuleUrl(new URL(`./batch-worker${extension}`, import.meta.url));
}

/**
 * A fixed number of worker threads, started on demand, each running one file
 * at a time. A thread that dies (a crash, an out-of-memory) fails only the file
 * it held and is replaced by the next request.
 */
export class WorkerPool implements TaskRunner {
  private readonly idle: PoolThread[] = [];
  private readonly threads = new Set<PoolThread>();
  private readonly waiting: Array<(thread: PoolThread) => void> = [];
  private started = 0;
  private fatal: PlanError | undefined;
  private closing = false;

  constructor(
    private readonly options: RunnerOptions,
    private readonly size: number,
  ) {}

  async run(request: TaskRequest): Promise<TaskReply> {
    if (this.fatal) throw this.fatal;
    const thread = await this.acquire();
    return new Promise<TaskReply>((resolve, reject) => {
      thread.pending = { request, resolve, reject };
      thread.worker.postMessage({ type: 'run', request });
    });
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
    const idle = this.idle.pop();
    if (idle) return idle;
    if (this.threads.size < this.size) return this.spawn();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(thread: PoolThread): void {
    const next = this.waiting.shift();
    if (next) next(thread);
    else this.idle.push(thread);
  }

  private spawn(limited = true): PoolThread {
    const start: WorkerStart = {
      taskModule: loadableModuleUrl(this.options.taskModule).href,
      options: this.options.taskOptions,
      index: this.started,
      ...(this.options.cacheKey === undefined ? {} : { cacheKey: this.options.cacheKey }),
    };
    this.started += 1;
    const worker = new Worker(workerUrl(), { workerData: start, ...(limited ? { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB } } : {}) });
    let markExited: () => void = () => undefined;
    const thread: PoolThread = { worker, limited, exited: new Promise((resolve) => (markExited = resolve)) };
    this.threads.add(thread);

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'result') {
        const pending = thread.pending;
        delete thread.pending;
        this.release(thread);
        pending?.resolve(message.reply);
      } else {
        this.fatal = new PlanError(message.reason);
        thread.pending?.reject(this.fatal);
        delete thread.pending;
      }
    });
    const died = (why: string, outOfMemory = false): void => {
      this.threads.delete(thread);
      const index = this.idle.indexOf(thread);
      if (index >= 0) this.idle.splice(index, 1);
      const pending = thread.pending;
      delete thread.pending;
      if (pending && outOfMemory && thread.limited && !this.closing) {
        // A huge plan: give it a thread of its own without the limit, in the dead one's place.
        const roomy = this.spawn(false);
        roomy.pending = pending;
        roomy.worker.postMessage({ type: 'run', request: pending.request });
        return;
      }
      if (pending) {
        pending.resolve({
          id: pending.request.id,
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
      // Whoever waits for a thread gets a fresh one in its place.
      const next = this.closing ? undefined : this.waiting.shift();
      if (next) next(this.spawn());
    };
    worker.on('error', (error: Error & { code?: string }) => died(error.stack ?? error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => {
      markExited();
      if (this.threads.has(thread) && !this.closing) died(`exit code ${code}`);
    });
    return thread;
  }
}
