import type { Text } from '../i18n/text.js';
import type { TaskReply } from './execute-task.js';

/** What a pool thread is started with (its `workerData`). */
export interface WorkerStart {
  /** URL of the task module, loadable by a worker (compiled JS). */
  taskModule: string;
  options: unknown;
  index: number;
  /** The --skip-unchanged cache key, when the cache is on. */
  cacheKey?: string;
}

/** Messages from a pool thread to the pool. */
export type WorkerMessage =
  | { type: 'result'; reply: TaskReply }
  | { type: 'init-failed'; reason: Text; internal?: string };
