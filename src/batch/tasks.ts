import type { BatchTaskModule } from './task.js';

/**
 * The CLI's own batch tasks, by name. Each is a static import(), so that a
 * bundle carries the tasks inside itself and a worker thread started from
 * the bundle finds them there; a task module given by URL (a test's, or a
 * program's built on this library) is imported from its file.
 */
const TASKS = {
  build: () => import('./build-task.js'),
  check: () => import('./check-task.js'),
  import: () => import('../import/import-task.js'),
};

export type TaskName = keyof typeof TASKS;

/** A task to run on each file: one of the CLI's by name, or a module by URL. */
export type TaskSource = TaskName | URL;

/** How a task source crosses to a worker thread (a URL object does not survive structured cloning). */
export type TaskReference = { name: TaskName } | { url: string };

export function taskReference(source: TaskSource): TaskReference {
  return source instanceof URL ? { url: source.href } : { name: source };
}

export async function loadTaskModule(reference: TaskReference): Promise<BatchTaskModule<unknown>> {
  if ('name' in reference) return (await TASKS[reference.name]()) as unknown as BatchTaskModule<unknown>;
  return (await import(reference.url)) as BatchTaskModule<unknown>;
}
