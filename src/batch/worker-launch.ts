import type { ResourceLimits, Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../io/node-modules-on-demand.js';
import { loadableModuleUrl } from './module-url.js';
import type { WorkerStart } from './worker-protocol.js';

/**
 * How pool threads start from the CLI bundle: the bundle, the loader that
 * compiles it with V8's code cache (bin/load-bundle.js, as a URL), and the
 * Node options that name the cache file.
 */
export interface BundleLaunch {
  bundle: string;
  loader: string;
  nodeOptions: string;
}

let launch: BundleLaunch | undefined;

/**
 * Called once by bin/plan.js: threads then run the CLI's own bundle with
 * its code cache, the code the main thread runs, instead of a second copy
 * of it built as ES modules and compiled afresh in every thread.
 */
export function startWorkersFromBundle(bundle: BundleLaunch | undefined): void {
  launch = bundle;
}

/** A thread's first code when it starts from the bundle; a bundle that fails to load stops the batch with a message, as a task that fails to load does. */
const FROM_BUNDLE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.launch.loader)
  .then(({ loadBundle }) => loadBundle(workerData.launch.bundle, workerData.launch.nodeOptions).exports.runBatchWorker(workerData.start))
  .catch((error) => {
    const message = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({
      type: 'init-failed',
      reason: { zh: '内部错误：处理线程无法加载 plan 的程序：' + message, en: 'internal error: a thread could not load plan: ' + message },
      internal: error instanceof Error && error.stack ? error.stack : message,
    });
  });
`;

function entryUrl(): URL {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return loadableModuleUrl(new URL(`./batch-worker${extension}`, import.meta.url));
}

export function startWorker(start: WorkerStart, resourceLimits: ResourceLimits | undefined): Worker {
  const limits = resourceLimits ? { resourceLimits } : {};
  const { Worker } = nodeWorkerThreads();
  if (launch) return new Worker(FROM_BUNDLE, { eval: true, workerData: { start, launch }, ...limits });
  return new Worker(entryUrl(), { workerData: start, ...limits });
}
