import { parentPort, workerData } from 'node:worker_threads';
import { executeTask, failureOutcome, type TaskRequest } from './execute-task.js';
import type { BatchTask, BatchTaskModule } from './task.js';
import type { WorkerMessage, WorkerStart } from './worker-protocol.js';

/**
 * The entry of each pool thread: imports the task module once, creates the
 * task once (so templates are parsed once per thread), then runs the files
 * the pool sends, one at a time.
 */
const port = parentPort;
if (!port) throw new Error('batch-worker.js runs only as a worker thread');
const start = workerData as WorkerStart;
const controller = new AbortController();
const send = (message: WorkerMessage): void => port.postMessage(message);

const ready: Promise<BatchTask | undefined> = (async () => {
  try {
    const module = (await import(start.taskModule)) as BatchTaskModule<unknown>;
    return await module.createTask(start.options, { index: start.index, signal: controller.signal });
  } catch (error) {
    const outcome = failureOutcome(error);
    send({ type: 'init-failed', reason: outcome.reason ?? { zh: String(error), en: String(error) }, ...(outcome.internal ? { internal: outcome.internal } : {}) });
    return undefined;
  }
})();

port.on('message', (message: { type: 'run'; request: TaskRequest } | { type: 'abort' } | { type: 'close' }) => {
  if (message.type === 'abort') {
    controller.abort();
  } else if (message.type === 'run') {
    void ready.then(async (task) => {
      if (!task) return;
      send({ type: 'result', reply: await executeTask(task, message.request, start.cacheKey) });
    });
  } else {
    void ready.then(async (task) => {
      await task?.dispose?.();
      port.close();
    });
  }
});
