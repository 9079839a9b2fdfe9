import type { NamedTask } from '../../batch/tasks.js';

/** `plan import`'s per-file task, as the batch engine loads it (see src/batch/tasks.ts). */
export const IMPORT_TASK: NamedTask = {
  name: 'import',
  load: () => import('./import-task.js'),
  url: new URL('./import-task.js', import.meta.url),
};
