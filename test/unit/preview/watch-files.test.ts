import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileWatcher, type WatchTarget } from '../../../src/preview/watch-files.js';

let folder: string;
let watcher: FileWatcher;
let calls = 0;
let changed: WatchTarget[][] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'plan-watch-'));
  calls = 0;
  changed = [];
  watcher = new FileWatcher((targets) => {
    calls += 1;
    changed.push([...targets]);
  }, 30);
});

afterEach(() => {
  watcher.close();
  rmSync(folder, { recursive: true, force: true });
});

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

describe('FileWatcher', () => {
  it('sees a save by rename, as vim makes it, and again after it', async () => {
    const file = join(folder, '计划.md');
    writeFileSync(file, 'a');
    watcher.set([{ kind: 'file', path: file }]);
    for (const text of ['b', 'c']) {
      writeFileSync(join(folder, '.计划.md.swp'), text);
      renameSync(join(folder, '.计划.md.swp'), file);
      await expect.poll(() => calls).toBeGreaterThan(0);
      calls = 0;
      await settle();
    }
  });

  it('turns a burst of writes into one call, and ignores other files of the folder', async () => {
    const file = join(folder, 'plan.md');
    writeFileSync(file, '');
    watcher.set([{ kind: 'file', path: file }]);
    writeFileSync(join(folder, 'other.md'), 'x');
    await settle();
    expect(calls).toBe(0);
    for (let index = 0; index < 5; index += 1) writeFileSync(file, String(index));
    await settle();
    expect(calls).toBe(1);
  });

  it('watches a template folder with everything inside it', async () => {
    const template = join(folder, 'template', 'html');
    mkdirSync(template, { recursive: true });
    watcher.set([{ kind: 'folder', path: join(folder, 'template') }]);
    writeFileSync(join(template, 'style.css'), 'p {}');
    await expect.poll(() => calls).toBe(1);
  });

  it('tells which targets changed in a burst', async () => {
    const file = join(folder, 'plan.md');
    const config = join(folder, 'plan.config.json');
    const template = join(folder, 'template');
    mkdirSync(template);
    writeFileSync(file, '');
    watcher.set([
      { kind: 'file', path: file },
      { kind: 'file', path: config },
      { kind: 'folder', path: template },
    ]);
    writeFileSync(file, 'a');
    await expect.poll(() => calls).toBe(1);
    expect(changed[0]).toEqual([{ kind: 'file', path: file }]);
    await settle();
    writeFileSync(join(template, 'template.yaml'), 'extends: plan\n');
    writeFileSync(config, '{}');
    await expect.poll(() => calls).toBe(2);
    expect(changed[1]).toHaveLength(2);
    expect(changed[1]).toEqual(
      expect.arrayContaining([
        { kind: 'folder', path: template },
        { kind: 'file', path: config },
      ]),
    );
  });
});
