// What bin/plan.js takes from the CLI bundle: the command line, and the
// pool threads' entry, which threads started from the bundle call.
import type { WorkerStart } from '../batch/worker-protocol.js';
import { runBatchWorker as runWorker } from '../batch/worker-main.js';
import { CLI_TASKS } from './tasks.js';

export { main } from './main.js';
export { startWorkersFromBundle } from '../batch/worker-launch.js';

/** A pool thread started from the bundle finds the commands' tasks inside the bundle. */
export function runBatchWorker(start: WorkerStart): void {
  runWorker(start, CLI_TASKS);
}
