// What bin/plan.js takes from the CLI bundle: the command line, and the
// pool threads' entry, which threads started from the bundle call.
export { main } from './main.js';
export { runBatchWorker } from '../batch/worker-main.js';
export { startWorkersFromBundle } from '../batch/worker-launch.js';
