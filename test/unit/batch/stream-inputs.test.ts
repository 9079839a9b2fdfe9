import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countInputs, staticBase, streamInputs } from '../../../src/batch/stream-inputs.js';
import { tempFolder } from '../../helpers/temp-folder.js';

let root: string;

beforeAll(() => {
  root = tempFolder('plan-stream-');
  for (const path of [
    'archive/2020/b.md',
    'archive/2020/a.md',
    'archive/2019/z.MD',
    'archive/top.md',
    'archive/notes.txt',
    'archive/node_modules/x.md',
    'single.md',
  ]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '# 计划\n');
  }
  mkdirSync(join(root, 'empty'));
});

async function collect(inputs: string[]): Promise<Array<{ shown: string; relative: string }>> {
  const files: Array<{ shown: string; relative: string }> = [];
  for await (const file of streamInputs(inputs, { cwd: root, extensions: ['md'] })) files.push({ shown: file.shown, relative: file.relative });
  return files;
}

describe('streamInputs', () => {
  it('walks a folder in a stable order, skipping other endings and node_modules', async () => {
    expect(await collect(['archive'])).toEqual([
      { shown: 'archive/top.md', relative: 'top.md' },
      { shown: 'archive/2019/z.MD', relative: '2019/z.MD' },
      { shown: 'archive/2020/a.md', relative: '2020/a.md' },
      { shown: 'archive/2020/b.md', relative: '2020/b.md' },
    ]);
  });

  it('names a file given directly by its base name and drops duplicates', async () => {
    expect(await collect(['single.md', 'archive/2020', 'archive/2020/a.md', 'single.md'])).toEqual([
      { shown: 'single.md', relative: 'single.md' },
      { shown: 'archive/2020/a.md', relative: 'a.md' },
      { shown: 'archive/2020/b.md', relative: 'b.md' },
    ]);
  });

  it('mirrors a glob from its fixed leading folders', async () => {
    expect(await collect(['archive/*/a.md'])).toEqual([{ shown: 'archive/2020/a.md', relative: '2020/a.md' }]);
    expect(staticBase('archive/**/*.md')).toBe('archive');
    expect(staticBase('*.md')).toBe('.');
  });

  it('names the argument that is missing, empty or matches nothing', async () => {
    await expect(collect(['missing.md'])).rejects.toThrow(/File not found: missing\.md/);
    await expect(collect(['empty'])).rejects.toThrow(/The folder empty holds no plan files/);
    await expect(collect(['nowhere/*.md'])).rejects.toThrow(/No file matches nowhere\/\*\.md/);
  });

  it('counts without keeping the list', async () => {
    expect(await countInputs(['archive', 'single.md'], { cwd: root, extensions: ['md'] })).toBe(5);
  });
});
