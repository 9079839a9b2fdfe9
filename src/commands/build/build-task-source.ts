import type { NamedTask } from '../../batch/tasks.js';

/** `plan build`'s per-file task, as the batch engine loads it (see src/batch/tasks.ts). */
export const BUILD_TASK: NamedTask = {
  name: 'build',
  load: () => import('./build-task.js'),
  url: new URL('./build-task.js', import.meta.url),
};
