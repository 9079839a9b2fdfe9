import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../../src/batch/run-batch.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const echoTask = new URL('./fixtures/echo-task.mjs', import.meta.url);
let root: string;
let outDir: string;
let rebuilt: string[];

function plan(path: string, text: string): void {
  mkdirSync(join(root, 'in', path, '..'), { recursive: true });
  writeFileSync(join(root, 'in', path), text);
}

function options(overrides: Partial<BatchOptions> = {}): BatchOptions {
  return {
    inputs: ['in'],
    cwd: root,
    extensions: ['md'],
    task: echoTask,
    taskOptions: { outDir },
    jobs: 2,
    signal: new AbortController().signal,
    ...overrides,
  };
}

function outputs(): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.out') || name.endsWith('.tmp'))
    .sort();
}

beforeEach(() => {
  root = tempFolder('plan-batch-');
  outDir = join(root, 'out');
  rebuilt = [];
  for (let index = 0; index < 6; index += 1) plan(`${2020 + (index % 3)}/plan-${index}.md`, `plan ${index}`);
});

describe('runBatch', () => {
  it('converts every file on a pool of threads, each thread creating its task once', async () => {
    const result = await runBatch(options());
    expect(result.counts).toEqual({ done: 6, failed: 0, skipped: 0, interrupted: 0 });
    expect(outputs()).toHaveLength(6);
    const marks = outputs().map((name) => readFileSync(join(outDir, name), 'utf8'));
    expect(marks.every((text) => text.includes('created=1'))).toBe(true);
    const threads = new Set(marks.map((text) => /thread=(\d+)/.exec(text)?.[1]));
    expect(threads.size).toBe(2);
    expect(threads.has('0')).toBe(false);
  });

  it('keeps going past a broken file and reports it with its path, line and reason', async () => {
    plan('2021/broken.md', 'BROKEN');
    const seen: string[] = [];
    const result = await runBatch(options({ onFile: (file, reply) => seen.push(`${file.shown}:${reply.status}`) }));
    expect(result.counts.done).toBe(6);
    expect(result.counts.failed).toBe(1);
    expect(result.failures).toEqual([
      { file: 'in/2021/broken.md', line: 2, exitCode: 2, reason: { zh: 'in/2021/broken.md 第 2 行坏了', en: 'in/2021/broken.md line 2 is broken' } },
    ]);
    expect(seen).toContain('in/2021/broken.md:failed');
    expect(outputs()).not.toContain('2021/broken.md.out');
  });

  it('fails only the file whose thread died, and carries on with a new thread', async () => {
    plan('2020/crash.md', 'CRASH');
    const result = await runBatch(options());
    expect(result.counts).toEqual({ done: 6, failed: 1, skipped: 0, interrupted: 0 });
    expect(result.failures[0]?.file).toBe('in/2020/crash.md');
    expect(result.failures[0]?.reason.en).toMatch(/thread .* died/);
  });

  it("retries a file too big for a thread's heap limit on a thread without one", async () => {
    plan('2020/hog.md', 'HOG');
    const result = await runBatch(options());
    expect(result.counts).toEqual({ done: 7, failed: 0, skipped: 0, interrupted: 0 });
    const heapLimit = Number(/heapLimit=(\d+)/.exec(readFileSync(join(outDir, '2020/hog.md.out'), 'utf8'))?.[1]);
    expect(heapLimit).toBeGreaterThan(256);
    expect(readFileSync(join(outDir, '2020/plan-0.md.out'), 'utf8')).toMatch(/heapLimit=256\n/);
  });

  it('gives each thread the heap the task asks for (a check needs no tight cap)', async () => {
    const result = await runBatch(options({ heapLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 48 } }));
    expect(result.counts.done).toBe(6);
    for (const name of outputs()) expect(readFileSync(join(outDir, name), 'utf8')).toMatch(/heapLimit=1024\n/);
  });

  it('runs a single file in the main thread', async () => {
    const result = await runBatch(options({ inputs: ['in/2020/plan-0.md'] }));
    expect(result.counts.done).toBe(1);
    expect(readFileSync(join(outDir, 'plan-0.md.out'), 'utf8')).toContain(`thread=0`);
  });

  it('on Ctrl-C stops handing out files, stops the ones in progress, and says how many never started', async () => {
    plan('2020/a-slow.md', 'SLOW');
    plan('2020/b-slow.md', 'SLOW');
    const controller = new AbortController();
    // Ctrl-C once both slow files have started, whenever that is on a busy machine.
    const started = setInterval(() => {
      if (['a-slow', 'b-slow'].every((name) => existsSync(join(root, `in/2020/${name}.md.started`)))) controller.abort();
    }, 20);
    // The slow files wait for the abort: the run ends only if Ctrl-C reaches them.
    const result = await runBatch(options({ inputs: ['in/2020'], signal: controller.signal })).finally(() => clearInterval(started));
    expect(result.interrupted).toBe(true);
    expect(result.counts).toEqual({ done: 0, failed: 0, skipped: 0, interrupted: 2 });
    expect(result.notStarted).toBe(2);
    expect(existsSync(outDir)).toBe(false);
  });

  it('with a cache, redoes exactly the files whose content changed', async () => {
    const cache = { file: join(root, 'cache.json'), key: 'template=a' };
    const first = await runBatch(options({ cache }));
    expect(first.counts).toMatchObject({ done: 6, skipped: 0 });
    writeFileSync(join(root, 'in/2021/plan-1.md'), 'plan 1, edited');
    const second = await runBatch(options({ cache, onFile: (file, reply) => reply.status === 'done' && rebuilt.push(file.shown) }));
    expect(second.counts).toMatchObject({ done: 1, skipped: 5 });
    expect(rebuilt).toEqual(['in/2021/plan-1.md']);
    expect(readFileSync(join(outDir, '2021/plan-1.md.out'), 'utf8')).toContain('PLAN 1, EDITED');
    const stored = JSON.parse(readFileSync(cache.file, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries)).toContain('in/2021/plan-1.md');
  });

  it('with a cache, rebuilds everything when the key changes and a file whose output is gone', async () => {
    const cache = { file: join(root, 'cache.json'), key: 'template=a' };
    await runBatch(options({ cache }));
    rmSync(join(outDir, '2020/plan-0.md.out'));
    expect((await runBatch(options({ cache }))).counts).toMatchObject({ done: 1, skipped: 5 });
    expect((await runBatch(options({ cache: { ...cache, key: 'template=b' } }))).counts).toMatchObject({ done: 6, skipped: 0 });
  });

  it('splits the files between shards without overlap', async () => {
    const shown = async (index: number): Promise<string[]> => {
      const files: string[] = [];
      await runBatch(options({ shard: { index, count: 2 }, onFile: (file) => files.push(file.shown) }));
      return files.sort();
    };
    const one = await shown(1);
    const two = await shown(2);
    expect(one).toHaveLength(3);
    expect(two).toHaveLength(3);
    expect(one.filter((file) => two.includes(file))).toEqual([]);
  });
});
