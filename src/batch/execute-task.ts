import { readFile, stat } from 'node:fs/promises';
import { ExitCode } from '../errors.js';
import type { Text } from '../i18n/text.js';
import { fileError } from '../io/read-plan-file.js';
import { hashInput, type CacheEntry, type DependencyHashes } from './cache.js';
import type { BatchFile, BatchTask, TaskOutcome } from './task.js';

export interface TaskRequest {
  id: number;
  file: BatchFile;
  /** The cached build of this file under --skip-unchanged. */
  previous?: CacheEntry;
}

/** `interrupted`: Ctrl-C stopped the file half-way; nothing of it was written. */
export type BatchStatus = 'done' | 'failed' | 'skipped' | 'interrupted';

export interface TaskReply {
  id: number;
  status: BatchStatus;
  outcome: TaskOutcome;
  /** The input's hash under the cache key, when a cache is in use. */
  hash?: string;
  /** With the hash: the hash of each thing the result depends on (see TaskOutcome.dependencies). */
  dependencies?: Record<string, string>;
  milliseconds: number;
  /** False for a file that was queued in a thread when Ctrl-C came, and never begun. */
  started?: boolean;
}

/**
 * Runs one file through a task, the same way in a worker thread and in the
 * main thread: skips it when its hash, its outputs and the files it depended
 * on last time (`dependencies`, hashed once per run) match the cache, and
 * turns any exception into a failed outcome so that one bad file never
 * stops the batch.
 */
export async function executeTask(task: BatchTask, request: TaskRequest, key: string | undefined, dependencies: DependencyHashes): Promise<TaskReply> {
  const start = performance.now();
  const finish = (status: BatchStatus, outcome: TaskOutcome, hash?: string): TaskReply => ({
    id: request.id,
    status,
    outcome,
    ...(hash === undefined ? {} : { hash }),
    milliseconds: performance.now() - start,
  });
  let hash: string | undefined;
  try {
    if (key !== undefined) {
      const bytes = await readFile(request.file.path).catch((error: unknown) => {
        throw fileError(request.file.shown, error);
      });
      hash = hashInput(key, bytes);
      const previous = request.previous;
      if (
        previous &&
        previous.hash === hash &&
        previous.outputs.length > 0 &&
        (await allExist(previous.outputs)) &&
        (await dependencies.unchanged(previous.dependencies))
      ) {
        return { ...finish('skipped', { status: 'done', outputs: previous.outputs }, hash), dependencies: previous.dependencies };
      }
    }
    const outcome = await task.run(request.file);
    const reply = finish(outcome.status, outcome, hash);
    if (hash !== undefined && outcome.status === 'done') reply.dependencies = await dependencies.all(outcome.dependencies ?? []);
    return reply;
  } catch (error) {
    if ((error as Error | undefined)?.name === 'AbortError') return finish('interrupted', { status: 'failed', outputs: [] });
    return finish('failed', failureOutcome(error));
  }
}

/**
 * A PlanError is recognised by its shape, not its class: under vitest the
 * task module may come from dist/ while this file runs from src/.
 */
function planErrorParts(error: unknown): { text: Text; exitCode: number; line?: number } | undefined {
  const candidate = error as { name?: unknown; text?: Partial<Text>; exitCode?: unknown; place?: { line?: unknown } } | undefined;
  if (candidate?.name !== 'PlanError' || typeof candidate.text?.zh !== 'string' || typeof candidate.text.en !== 'string') return undefined;
  const line = candidate.place?.line;
  return {
    text: { zh: candidate.text.zh, en: candidate.text.en },
    exitCode: typeof candidate.exitCode === 'number' ? candidate.exitCode : ExitCode.failure,
    ...(typeof line === 'number' ? { line } : {}),
  };
}

export function failureOutcome(error: unknown): TaskOutcome {
  const planError = planErrorParts(error);
  if (planError) {
    return {
      status: 'failed',
      outputs: [],
      reason: planError.text,
      exitCode: planError.exitCode,
      ...(planError.line === undefined ? {} : { line: planError.line }),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 'failed',
    outputs: [],
    reason: { zh: `内部错误：${message}`, en: `internal error: ${message}` },
    exitCode: ExitCode.failure,
    internal: error instanceof Error && error.stack ? error.stack : message,
  };
}

async function allExist(paths: readonly string[]): Promise<boolean> {
  const found = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (info) => info.isFile(),
        () => false,
      ),
    ),
  );
  return found.every(Boolean);
}
