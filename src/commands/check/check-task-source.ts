import type { NamedTask } from '../../batch/tasks.js';

/** `plan check`'s per-file task, as the batch engine loads it (see src/batch/tasks.ts). */
export const CHECK_TASK: NamedTask = {
  name: 'check',
  load: () => import('./check-task.js'),
  url: new URL('./check-task.js', import.meta.url),
};
