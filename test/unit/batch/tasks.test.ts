import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/batch/run-batch.js';
import { loadTaskModule, taskReference } from '../../../src/batch/tasks.js';
import { startWorkersFromBundle } from '../../../src/batch/worker-launch.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const echoTask = new URL('./fixtures/echo-task.mjs', import.meta.url);

describe('batch tasks by name or by URL', () => {
  it.each(['build', 'check', 'import'] as const)('loads the CLI task "%s" by name', async (name) => {
    const reference = taskReference(name);
    expect(structuredClone(reference)).toEqual({ name });
    const module = await loadTaskModule(reference);
    expect(typeof module.createTask).toBe('function');
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
    const run = runBatch({ inputs: ['in'], cwd: root, extensions: ['md'], task: echoTask, taskOptions: { outDir: join(root, 'out') }, jobs: 2, signal: new AbortController().signal });
    await expect(run).rejects.toMatchObject({ text: { en: expect.stringMatching(/a thread could not load plan: .*missing\.cjs/) } });
  });
});
