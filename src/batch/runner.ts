import type { TaskReply, TaskRequest } from './execute-task.js';
import type { TaskSource } from './tasks.js';

/** Runs files: a pool of worker threads, or the main thread for a single file. */
export interface TaskRunner {
  /** How many files may be handed to it at once. */
  readonly capacity: number;
  run: (request: TaskRequest) => Promise<TaskReply>;
  /** Ctrl-C: tell the file(s) in progress to stop. */
  abort: () => void;
  close: () => Promise<void>;
}

/** A pool thread's heap (see worker-pool.ts). */
export interface HeapLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

export interface RunnerOptions {
  /** The task module (see task.ts). */
  task: TaskSource;
  taskOptions: unknown;
  cacheKey?: string;
  /** Each pool thread's heap; the pool's default (sized for builds) when not given. */
  heapLimits?: HeapLimits;
}
