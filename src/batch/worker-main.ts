import { nodeWorkerThreads } from '../io/node-modules-on-demand.js';
import { DependencyHashes } from './cache.js';
import { executeTask, failureOutcome, type TaskRequest } from './execute-task.js';
import type { BatchTask } from './task.js';
import { loadTaskModule, type TaskLoaders } from './tasks.js';
import type { WorkerMessage, WorkerStart } from './worker-protocol.js';

/**
 * The work of each pool thread: loads the task module once, creates the
 * task once (so templates are parsed once per thread), then runs the files
 * the pool sends, one at a time. Started by batch-worker.js, or from the CLI
 * bundle (see worker-launch.ts), which passes the tasks it carries as `bundled`.
 */
export function runBatchWorker(start: WorkerStart, bundled: TaskLoaders = {}): void {
  const port = nodeWorkerThreads().parentPort;
  if (!port) throw new Error('the batch worker runs only as a worker thread');
  const controller = new AbortController();
  const send = (message: WorkerMessage): void => port.postMessage(message);
  const dependencies = new DependencyHashes();

  const ready: Promise<BatchTask | undefined> = (async () => {
    try {
      const module = await loadTaskModule(start.task, bundled);
      return await module.createTask(start.options, { index: start.index, signal: controller.signal });
    } catch (error) {
      const outcome = failureOutcome(error);
      send({
        type: 'init-failed',
        reason: outcome.reason ?? { zh: String(error), en: String(error) },
        ...(outcome.internal ? { internal: outcome.internal } : {}),
      });
      return undefined;
    }
  })();

  let queue = ready;

  port.on('message', (message: { type: 'run'; request: TaskRequest } | { type: 'abort' } | { type: 'close' }) => {
    if (message.type === 'abort') {
      controller.abort();
    } else if (message.type === 'run') {
      // One file at a time, in the order sent; a file still queued at Ctrl-C is handed back unbegun.
      queue = queue.then(async (task) => {
        if (!task) return task;
        if (controller.signal.aborted) {
          send({
            type: 'result',
            reply: { id: message.request.id, status: 'interrupted', outcome: { status: 'failed', outputs: [] }, milliseconds: 0, started: false },
          });
        } else {
          send({ type: 'result', reply: await executeTask(task, message.request, start.cacheKey, dependencies) });
        }
        return task;
      });
    } else {
      void queue.then(async (task) => {
        await task?.dispose?.();
        port.close();
      });
    }
  });
}
