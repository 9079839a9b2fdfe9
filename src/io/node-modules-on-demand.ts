/*
 * Node's own modules that only some commands need, loaded on first use.
 * Every module of the CLI bundle runs its imports when the bundle loads, and
 * crypto and worker_threads, with the streams they bring, would load for
 * nothing in most runs: a build hashes only with
 * --skip-unchanged and starts threads only for a batch. child_process (for
 * PDF and .doc) comes here too, though commander loads it anyway.
 */

export function nodeCrypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto');
}

export function nodeChildProcess(): typeof import('node:child_process') {
  return process.getBuiltinModule('node:child_process');
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads');
}
