import { workerData } from 'node:worker_threads';
import { runBatchWorker } from './worker-main.js';
import type { WorkerStart } from './worker-protocol.js';

// The entry of a pool thread started from the compiled modules (the library, tests).
runBatchWorker(workerData as WorkerStart);
