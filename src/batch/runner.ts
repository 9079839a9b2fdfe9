import type { TaskReply, TaskRequest } from './execute-task.js';
import type { BatchTaskModule } from './task.js';

/** Runs files: a pool of worker threads, or the main thread for a single file. */
export interface TaskRunner {
  /** How many files may be handed to it at once. */
  readonly capacity: number;
  run: (request: TaskRequest) => Promise<TaskReply>;
  /** Ctrl-C: tell the file(s) in progress to stop. */
  abort: () => void;
  close: () => Promise<void>;
}

export interface RunnerOptions {
  /** URL of the task module (see task.ts). */
  taskModule: URL;
  /**
   * Loads the same module in the main thread. A static import() here lets a
   * bundle carry the task inside itself, where importing the URL would load
   * a second copy of the code beside the bundle.
   */
  loadTask?: () => Promise<BatchTaskModule<unknown>>;
  taskOptions: unknown;
  cacheKey?: string;
}
