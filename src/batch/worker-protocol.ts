import type { Text } from '../i18n/text.js';
import type { TaskReply } from './execute-task.js';
import type { TaskReference } from './tasks.js';

/** What a pool thread is started with (its `workerData`). */
export interface WorkerStart {
  /** The task module: a URL a worker can load (compiled JS), and the name a thread started from the CLI bundle finds it by. */
  task: TaskReference;
  options: unknown;
  index: number;
  /** The --skip-unchanged cache key, when the cache is on. */
  cacheKey?: string;
}

/** Messages from a pool thread to the pool. */
export type WorkerMessage = { type: 'result'; reply: TaskReply } | { type: 'init-failed'; reason: Text; internal?: string };
