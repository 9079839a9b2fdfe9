import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/batch/run-batch.js';
import { loadTask, loadTaskModule, taskReference, threadTaskReference } from '../../../src/batch/tasks.js';
import { startWorkersFromBundle } from '../../../src/batch/worker-launch.js';
import { CLI_TASKS } from '../../../src/cli/tasks.js';
import { BUILD_TASK } from '../../../src/commands/build/build-task-source.js';
import { CHECK_TASK } from '../../../src/commands/check/check-task-source.js';
import { IMPORT_TASK } from '../../../src/commands/import/import-task-source.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const echoTask = new URL('./fixtures/echo-task.mjs', import.meta.url);

describe('batch tasks by name or by URL', () => {
  const commandTasks = { build: BUILD_TASK, check: CHECK_TASK, import: IMPORT_TASK };

  it.each(['build', 'check', 'import'] as const)(
    'loads the CLI task "%s" by name, as a thread of the CLI bundle finds it inside the bundle',
    { timeout: 30_000 },
    async (name) => {
      const reference = taskReference(commandTasks[name]);
      expect(structuredClone(reference)).toEqual({ name, url: expect.stringContaining(`/commands/${name}/${name}-task.`) });
      // By name, the module's file is not even looked at.
      const module = await loadTaskModule({ name, url: 'file:///nowhere/missing.js' }, CLI_TASKS);
      expect(typeof module.createTask).toBe('function');
    },
  );

  it.each(['build', 'check', 'import'] as const)(
    'loads the CLI task "%s" in the main thread and, compiled, from its file',
    { timeout: 30_000 },
    async (name) => {
      expect(typeof (await loadTask(commandTasks[name])).createTask).toBe('function');
      const reference = threadTaskReference(commandTasks[name]);
      expect(reference.url).toMatch(new RegExp(`/dist/commands/${name}/${name}-task\\.js$`));
      expect(typeof (await loadTaskModule({ url: reference.url })).createTask).toBe('function');
    },
  );

  it('gives the CLI bundle every command task, under the name the command declares', () => {
    expect(Object.keys(CLI_TASKS).sort()).toEqual(
      Object.values(commandTasks)
        .map((task) => task.name)
        .sort(),
    );
  });

  it('loads a task module by URL, as a reference that survives the way to a thread', async () => {
    const reference = structuredClone(taskReference(echoTask));
    expect(reference).toEqual({ url: echoTask.href });
    const module = await loadTaskModule(reference);
    expect(typeof module.createTask).toBe('function');
  });
});

describe('threads started from the CLI bundle', () => {
  afterEach(() => startWorkersFromBundle(undefined));

  it('stop the batch with a message when the bundle cannot be loaded, instead of starting threads again and again', async () => {
    const root = tempFolder('plan-launch-');
    mkdirSync(join(root, 'in'));
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(root, 'in', name), 'plan');
    startWorkersFromBundle({ bundle: join(root, 'missing.cjs'), loader: new URL('../../../bin/load-bundle.js', import.meta.url).href, nodeOptions: '' });
    const run = runBatch({
      inputs: ['in'],
      cwd: root,
      extensions: ['md'],
      task: echoTask,
      taskOptions: { outDir: join(root, 'out') },
      jobs: 2,
      signal: new AbortController().signal,
    });
    await expect(run).rejects.toMatchObject({ text: { en: expect.stringMatching(/a thread could not load plan: .*missing\.cjs/) } });
  });
});
