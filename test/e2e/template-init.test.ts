import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/corpus.js';

/** `plan template init` and `plan template list` as a clerk runs them, through the built CLI. */
const planBin = join(PROJECT_DIR, 'bin/plan.js');
let folder: string;

function plan(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [planBin, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'plan-template-init-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('plan template init', () => {
  it('copies the plan template by default, into nested folders, with its name in the manifest', () => {
    const result = plan(['template', 'init', 'office/templates/ours']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('复制自内置模板 plan');
    const copied = join(folder, 'office/templates/ours');
    expect(readdirSync(copied).sort()).toEqual(['html', 'pieces', 'template.yaml']);
    expect(readFileSync(join(copied, 'template.yaml'), 'utf8')).toMatch(/^name: ours$/m);
    // The comments that explain each key survive the rename.
    expect(readFileSync(join(copied, 'template.yaml'), 'utf8')).toContain('# 22 lines × 28 characters');
    expect(readdirSync(join(copied, 'html')).sort()).toEqual(['document.hbs', 'partials', 'style.css']);
  });

  it('refuses an unknown --from, in English with --lang en, and leaves nothing behind', () => {
    const result = plan(['--lang', 'en', 'template', 'init', 'mine', '--from', 'fancy']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('There is no built-in template "fancy"; --from accepts: official, plan');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('never overwrites an existing folder', () => {
    mkdirSync(join(folder, 'mine'));
    writeFileSync(join(folder, 'mine/notes.txt'), 'keep me');
    const result = plan(['template', 'init', 'mine']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('mine 已经存在，没有覆盖它');
    expect(readdirSync(join(folder, 'mine'))).toEqual(['notes.txt']);
  });
});

describe('plan template list', () => {
  it('lists the built-in templates and the template folders here, naming what is wrong with a broken one', () => {
    expect(plan(['template', 'init', 'good', '--from', 'official']).status).toBe(0);
    expect(plan(['template', 'init', 'broken']).status).toBe(0);
    const manifest = join(folder, 'broken/template.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^redColor: .*$/m, 'redColor: crimson'));
    const result = plan(['--lang', 'en', 'template', 'list']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}official +Official document \(GB\/T 9704-2012\)/m);
    expect(result.stdout).toMatch(/^ {2}plan +Work plan for use inside an office/m);
    expect(result.stdout).toMatch(/^ {2}\.\/good +Official document/m);
    expect(result.stdout).toMatch(
      /^ {2}\.\/broken +Template manifest broken\/template.yaml:\d+: the key redColor has the wrong form \(a six-digit hex colour such as FF0000\)/m,
    );
  });
});

describe('a copy of a template that extends another', () => {
  it('holds every file it inherits and stands alone', () => {
    expect(plan(['template', 'init', 'standalone', '--from', 'official']).status).toBe(0);
    const manifest = readFileSync(join(folder, 'standalone/template.yaml'), 'utf8');
    expect(manifest).toMatch(/^name: standalone$/m);
    expect(manifest).not.toMatch(/^extends:/m);
    for (const file of ['pieces/date.hbs', 'html/document.hbs', 'html/style.css', 'html/partials/section.hbs']) {
      expect(readFileSync(join(folder, 'standalone', file), 'utf8').length).toBeGreaterThan(0);
    }
  });
});
