import { loadableModuleUrl } from './module-url.js';
import type { BatchTaskModule } from './task.js';

/**
 * A task a command hands to the batch engine: its module, known by a name
 * and by the module's file. The engine imports no command; a command
 * declares its task (see src/commands/build/build-task-source.ts) and the
 * engine loads it the way the running code allows:
 * - in the main thread (one file, `--jobs 1`): `load`, the module as the
 *   running program already carries it;
 * - in a thread started from the CLI bundle: by `name`, among the tasks the
 *   bundle carries (src/cli/tasks.ts), since the bundle has no files of its
 *   own modules;
 * - in a thread started from the compiled modules (the library, tests): from
 *   `url`.
 */
export interface NamedTask {
  name: string;
  load: () => Promise<BatchTaskModule<never>>;
  url: URL;
}

/** A task to run on each file: a command's, or a module given by URL (a test's, or a program's built on this library). */
export type TaskSource = NamedTask | URL;

/** How a task source crosses to a worker thread (functions and URL objects do not survive structured cloning). */
export type TaskReference = { name: string; url: string } | { url: string };

/** Tasks a thread finds by name: those the CLI bundle carries inside itself. */
export type TaskLoaders = Readonly<Record<string, NamedTask['load']>>;

export function taskReference(source: TaskSource): TaskReference {
  return source instanceof URL ? { url: source.href } : { name: source.name, url: source.url.href };
}

/**
 * The reference a worker thread can load: under vitest a task's module is
 * TypeScript, which a thread cannot load, so its compiled twin is named.
 */
export function threadTaskReference(source: TaskSource): TaskReference {
  const reference = taskReference(source);
  return { ...reference, url: loadableModuleUrl(new URL(reference.url)).href };
}

/** The task module in the main thread. */
export async function loadTask(source: TaskSource): Promise<BatchTaskModule<unknown>> {
  if (source instanceof URL) return (await import(source.href)) as BatchTaskModule<unknown>;
  return (await source.load()) as BatchTaskModule<unknown>;
}

/** The task module in a worker thread: by name among `bundled`, else from its file. */
export async function loadTaskModule(reference: TaskReference, bundled: TaskLoaders = {}): Promise<BatchTaskModule<unknown>> {
  const load = 'name' in reference ? bundled[reference.name] : undefined;
  if (load) return (await load()) as BatchTaskModule<unknown>;
  return (await import(reference.url)) as BatchTaskModule<unknown>;
}
