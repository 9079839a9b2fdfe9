import type { TaskLoaders } from '../batch/tasks.js';
import { BUILD_TASK } from '../commands/build/build-task-source.js';
import { CHECK_TASK } from '../commands/check/check-task-source.js';
import { IMPORT_TASK } from '../commands/import/import-task-source.js';

/** The commands' batch tasks the CLI bundle carries, by name: its pool threads find them here. */
export const CLI_TASKS: TaskLoaders = Object.fromEntries([BUILD_TASK, CHECK_TASK, IMPORT_TASK].map((task) => [task.name, task.load]));
