import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/import/readers/zip-guard.js';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { tempFolder } from '../helpers/temp-folder.js';

/**
 * The package as a clerk or a CI job gets it: `npm pack`, installed into an
 * empty folder from the tarball (its dependencies from the registry), then
 * the installed `plan` builds the bundled example. The install folder is the
 * user's, not ours: nothing is written into it, the code cache included.
 */

let root: string;
let install: string;
let work: string;
let cache: string;
let tarball: string;

function run(command: string, args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, npm_config_update_notifier: 'false' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of the installed package with its size and time. */
function snapshot(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => {
      const info = statSync(join(folder, name));
      return `${name} ${info.size} ${info.mtimeMs}`;
    })
    .sort();
}

beforeAll(() => {
  root = tempFolder('plan-pack-');
  install = join(root, 'install');
  work = join(root, 'work');
  cache = join(root, 'cache');
  for (const folder of [install, work]) mkdirSync(folder);
  // dist/ is current (npm run test:e2e builds it when stale), so pack skips prepare's second build.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], PROJECT_DIR);
  expect(packed.code, packed.stderr).toBe(0);
  tarball = join(root, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  const installed = run('npm', ['install', '--no-audit', '--no-fund', tarball], install);
  expect(installed.code, installed.stderr).toBe(0);
  copyFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), join(work, 'plan.md'));
});

describe('the packed tarball, installed into an empty folder', () => {
  it('holds the CLI, its bundle and the templates, and no code cache or test', () => {
    const listed = run('tar', ['-tzf', tarball], root).stdout.split('\n');
    expect(listed).toContain('package/bin/plan.js');
    expect(listed).toContain('package/dist/cli-bundle/main.cjs');
    expect(listed.some((name) => name.startsWith('package/templates/'))).toBe(true);
    expect(listed.filter((name) => name.endsWith('.cache') || name.startsWith('package/test/'))).toEqual([]);
  });

  it('builds the example with the installed plan, twice, and writes nothing into its own folder', async () => {
    const plan = join(install, 'node_modules/.bin/plan');
    const packageFolder = join(install, 'node_modules/gongwen-plan');
    const before = snapshot(packageFolder);

    const version = run(plan, ['--version'], work);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string }).version);

    for (let time = 0; time < 2; time += 1) {
      const built = run(plan, ['build', 'plan.md', '--force'], work);
      expect(built.code, built.stdout + built.stderr).toBe(0);
    }
    const docx = readFileSync(join(work, 'plan.docx'));
    const zip = await readZip(docx, 'plan.docx', ['word/document.xml']);
    expect(zip.entries.get('word/document.xml')?.toString('utf8')).toContain('科技工作计划');

    expect(snapshot(packageFolder)).toEqual(before);
    // The code cache went to the user's cache folder instead.
    expect(existsSync(join(cache, 'gongwen-plan'))).toBe(true);
    expect(readdirSync(join(cache, 'gongwen-plan'), { recursive: true }).length).toBeGreaterThan(0);
  });
});
