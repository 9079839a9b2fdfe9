import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');

function plan(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PLAN, '--lang', 'en', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function archive(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-batch-check-'));
  for (let index = 0; index < count; index += 1) {
    mkdirSync(join(root, 'plans', String(2020 + (index % 3))), { recursive: true });
    writeFileSync(join(root, 'plans', String(2020 + (index % 3)), `${index}.md`), example);
  }
  return root;
}

function reportedFiles(json: string): string[] {
  return (JSON.parse(json) as Array<{ file: string }>).map((entry) => entry.file);
}

beforeAll(() => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
});

describe('plan check over many plans on the worker pool', () => {
  it('reports every readable plan in input order, and the unreadable one once on stderr', () => {
    const root = archive(7);
    writeFileSync(join(root, 'plans/2021/bad.md'), Buffer.from([0x23, 0x20, 0xbc, 0xc6, 0xbb, 0xae, 0x0a]));
    const run = plan(['check', 'plans', '--format', 'json', '--jobs', '2'], root);
    expect(run.code).toBe(2);
    expect(reportedFiles(run.stdout)).toEqual([
      'plans/2020/0.md',
      'plans/2020/3.md',
      'plans/2020/6.md',
      'plans/2021/1.md',
      'plans/2021/4.md',
      'plans/2022/2.md',
      'plans/2022/5.md',
    ]);
    expect(run.stderr.match(/plans\/2021\/bad\.md(:\d+)?: failed: .*UTF-8/g)).toHaveLength(1);
    expect(run.stderr).toMatch(/checked\s+7\n/);
    expect(run.stderr).toMatch(/failed\s+1\n/);
  });

  it('splits the plans between --shard 1/2 and 2/2 without overlap', () => {
    const root = archive(5);
    const one = reportedFiles(plan(['check', 'plans', '--format', 'json', '--shard', '1/2'], root).stdout);
    const two = reportedFiles(plan(['check', 'plans', '--format', 'json', '--shard', '2/2'], root).stdout);
    expect(one.length + two.length).toBe(5);
    expect(new Set([...one, ...two]).size).toBe(5);
  });

  it('refuses a bad --jobs with exit 2', () => {
    const root = archive(1);
    const run = plan(['check', 'plans', '--jobs', 'zero'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
