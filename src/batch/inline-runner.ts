import { DependencyHashes } from './cache.js';
import { executeTask, type TaskReply, type TaskRequest } from './execute-task.js';
import type { RunnerOptions, TaskRunner } from './runner.js';
import type { BatchTask } from './task.js';
import { loadTask } from './tasks.js';

/**
 * Runs files in the main thread, one at a time: for a single file or
 * `--jobs 1`, where starting a thread would cost more than it saves.
 */
export class InlineRunner implements TaskRunner {
  private readonly controller = new AbortController();
  private readonly dependencies = new DependencyHashes();
  readonly capacity = 1;

  private constructor(
    private readonly task: BatchTask,
    private readonly cacheKey: string | undefined,
  ) {}

  static async create(options: RunnerOptions): Promise<InlineRunner> {
    const controller = new AbortController();
    const module = await loadTask(options.task);
    const task = await module.createTask(options.taskOptions, { index: 0, signal: controller.signal });
    const runner = new InlineRunner(task, options.cacheKey);
    runner.controller.signal.addEventListener('abort', () => controller.abort(), { once: true });
    return runner;
  }

  async run(request: TaskRequest): Promise<TaskReply> {
    // Files read and checked synchronously chain only promises: without a turn of the event loop between them, a Ctrl-C (or the end of a restarted run's parent, see bin/relaunch.js) would be heard only when the whole batch is done.
    await new Promise((resolve) => setImmediate(resolve));
    return executeTask(this.task, request, this.cacheKey, this.dependencies);
  }

  abort(): void {
    this.controller.abort();
  }

  async close(): Promise<void> {
    await this.task.dispose?.();
  }
}
