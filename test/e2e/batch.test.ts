import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: bin/ is plain JavaScript, outside the compiled sources.
import { BATCH_SIZE as untypedBatchSize } from '../../bin/relaunch.js';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';

const BATCH_SIZE = untypedBatchSize as number;

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function plan(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [PLAN, '--lang', 'en', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A plan of the archive: the bundled example under its own title, so each file differs. */
function writePlan(root: string, path: string, index: number): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), example.replace(/^title: .*$/m, `title: 樊城区科学技术局第${index}号工作计划`));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

/** A .docx is complete when its zip ends with the end-of-central-directory record. */
function isCompleteZip(path: string): boolean {
  const bytes = readFileSync(path);
  return bytes.subarray(0, 2).toString('latin1') === 'PK' && bytes.subarray(-22, -18).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}

beforeAll(() => {
  // The CLI runs dist/: compile what the tests exercise.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
});

describe('plan build over a folder tree', () => {
  it('converts the others, reports the broken plan with its path and reason, exits 1 and leaves no partial output', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-e2e-'));
    writePlan(root, 'archive/2020/a.md', 1);
    writePlan(root, 'archive/2021/a.md', 2);
    // A numbering gap: the check refuses to build it.
    mkdirSync(join(root, 'archive/2021/sub'), { recursive: true });
    writeFileSync(join(root, 'archive/2021/sub/broken.md'), example.replace('（二）', '（四）'));
    writePlan(root, 'archive/2022/c.md', 3);

    const run = plan(['build', 'archive', '--out-dir', 'out', '--format', 'docx,html'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^archive\/2021\/sub\/broken\.md:\d+: failed: 2 error\(s\), no document written \(line \d+: Numbering gap: expected "（二）", found "（四）"\)/m,
    );
    // Nothing animated in a CI log.
    expect(run.stderr).not.toMatch(/\r|\u001b\[/);
    expect(filesUnder(join(root, 'out'))).toEqual([
      'archive/2020/a.docx',
      'archive/2020/a.html',
      'archive/2021/a.docx',
      'archive/2021/a.html',
      'archive/2022/c.docx',
      'archive/2022/c.html',
    ]);
    expect(filesUnder(join(root, 'out')).every((name) => !name.endsWith('.docx') || isCompleteZip(join(root, 'out', name)))).toBe(true);
    expect(run.stdout).toMatch(/converted\s+3\n/);
    expect(run.stdout).toMatch(/failed\s+1\n/);
  });

  it('reports an unreadable plan with exit 2 and still converts the others', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-unreadable-'));
    writePlan(root, 'plans/a.md', 1);
    // GBK bytes: not UTF-8.
    writeFileSync(join(root, 'plans/b.md'), Buffer.from([0x23, 0x20, 0xbc, 0xc6, 0xbb, 0xae, 0x0a]));
    writePlan(root, 'plans/c.md', 3);
    const run = plan(['build', 'plans', '--out-dir', 'out'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plans\/b\.md:1: failed: plans\/b\.md line 1 is not valid UTF-8/m);
    expect(filesUnder(join(root, 'out'))).toEqual(['plans/a.docx', 'plans/c.docx']);
  });

  it('gives a JSON summary for scripts and nothing else on stdout', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-json-'));
    writePlan(root, 'plans/a.md', 1);
    writePlan(root, 'plans/b.md', 2);
    const run = plan(['build', 'plans', '--out-dir', 'out', '--json', '--jobs', '2'], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ converted: 2, skipped: 0, failed: 0, interrupted: false, failures: [] });
  });

  it('splits the work between --shard 1/2 and 2/2 without overlap', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-shard-'));
    for (let index = 0; index < 5; index += 1) writePlan(root, `plans/${index}.md`, index);
    expect(plan(['build', 'plans', '--out-dir', 'one', '--shard', '1/2', '--quiet'], root).code).toBe(0);
    expect(plan(['build', 'plans', '--out-dir', 'two', '--shard', '2/2', '--quiet'], root).code).toBe(0);
    const one = filesUnder(join(root, 'one')).filter((name) => name.endsWith('.docx'));
    const two = filesUnder(join(root, 'two')).filter((name) => name.endsWith('.docx'));
    expect([...one, ...two].sort()).toEqual(['plans/0.docx', 'plans/1.docx', 'plans/2.docx', 'plans/3.docx', 'plans/4.docx']);
    expect(one.filter((name) => two.includes(name))).toEqual([]);
    expect(plan(['build', 'plans', '--shard', '3/2'], root).stderr).toMatch(/--shard/);
  });
});

describe('a batch large enough to restart Node', () => {
  it('runs in a Node restarted with the batch flags, which this Node accepts, and checks every plan', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-restart-e2e-'));
    for (let index = 1; index <= BATCH_SIZE; index += 1) writePlan(root, `plans/${String(index).padStart(3, '0')}.md`, index);
    // Each process and thread (the first process, the one it starts, which inherits the option, and its threads) appends its Node options when it ends.
    const hook = join(root, 'options.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').appendFileSync(process.env.OPTIONS_OUT, JSON.stringify(process.execArgv) + '\\n'));");
    const out = join(root, 'options.jsonl');
    const result = spawnSync(process.execPath, ['-r', hook, PLAN, '--lang', 'en', 'check', 'plans', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', OPTIONS_OUT: out },
    });
    expect(result.stderr).toMatch(new RegExp(`checked\\s+${BATCH_SIZE}\\n`));
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(BATCH_SIZE);
    const runs = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    expect(runs.some((options) => !options.includes('--single-threaded-gc'))).toBe(true);
    expect(runs.some((options) => options.includes('--single-threaded-gc') && options.includes('--interrupt-budget=300000'))).toBe(true);
  });
});

describe('plan build --skip-unchanged', () => {
  it('rebuilds exactly the file whose content changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-skip-'));
    for (let index = 0; index < 4; index += 1) writePlan(root, `plans/${index}.md`, index);
    const build = (): Record<string, unknown> =>
      JSON.parse(plan(['build', 'plans', '--out-dir', 'out', '--skip-unchanged', '--json'], root).stdout) as Record<string, unknown>;
    expect(build()).toMatchObject({ converted: 4, skipped: 0 });
    const before = Object.fromEntries(['0', '1', '2', '3'].map((name) => [name, statSync(join(root, `out/plans/${name}.docx`)).mtimeMs]));

    // Touching a file without changing it is not a change: the cache holds content hashes.
    const past = new Date(Date.now() + 5000);
    utimesSync(join(root, 'plans/1.md'), past, past);
    expect(build()).toMatchObject({ converted: 0, skipped: 4 });

    writeFileSync(join(root, 'plans/2.md'), `${readFileSync(join(root, 'plans/2.md'), 'utf8')}\n补充一段文字。\n`);
    expect(build()).toMatchObject({ converted: 1, skipped: 3 });
    expect(statSync(join(root, 'out/plans/2.docx')).mtimeMs).toBeGreaterThan(before['2'] as number);
    for (const name of ['0', '1', '3']) expect(statSync(join(root, `out/plans/${name}.docx`)).mtimeMs).toBe(before[name]);

    // A removed output is rebuilt even though its input did not change.
    spawnSync('rm', [join(root, 'out/plans/3.docx')]);
    expect(build()).toMatchObject({ converted: 1, skipped: 3 });
    expect(isCompleteZip(join(root, 'out/plans/3.docx'))).toBe(true);
  });
});

describe('plan build --skip-unchanged and what a plan depends on', () => {
  it('rebuilds the plans under a changed config file, and a plan whose own template changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-deps-'));
    for (let index = 0; index < 3; index += 1) writePlan(root, `plans/${index}.md`, index);
    writeFileSync(join(root, 'plans/plan.config.json'), '{ "rules": {} }\n');
    // One plan names a template folder of its own in its front matter.
    spawnSync('cp', ['-r', join(PROJECT_DIR, 'templates/plan'), join(root, 'plans/my-template')]);
    writeFileSync(join(root, 'plans/2.md'), readFileSync(join(root, 'plans/2.md'), 'utf8').replace(/^---\n/, '---\ntemplate: ./my-template\n'));
    const build = (): Record<string, unknown> =>
      JSON.parse(plan(['build', 'plans/0.md', 'plans/1.md', 'plans/2.md', '--out-dir', 'out', '--skip-unchanged', '--json'], root).stdout) as Record<
        string,
        unknown
      >;
    expect(build()).toMatchObject({ converted: 3, skipped: 0 });
    expect(build()).toMatchObject({ converted: 0, skipped: 3 });

    // A rule turned off could let a refused plan through: every plan the config applies to is checked again.
    writeFileSync(join(root, 'plans/plan.config.json'), '{ "rules": { "no-placeholder": "off" } }\n');
    expect(build()).toMatchObject({ converted: 3, skipped: 0 });
    expect(build()).toMatchObject({ converted: 0, skipped: 3 });

    const manifest = join(root, 'plans/my-template/template.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('工作计划（机关内部使用）', '改过的模板'));
    expect(build()).toMatchObject({ converted: 1, skipped: 2 });
  });

  it('rechecks the plans when a config file appears where they had none, or nearer than the one they had', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-new-config-'));
    for (let index = 0; index < 2; index += 1) writePlan(root, `office/plans/${index}.md`, index);
    const build = (): Record<string, unknown> =>
      JSON.parse(plan(['build', 'office/plans', '--out-dir', 'out', '--skip-unchanged', '--json'], root).stdout) as Record<string, unknown>;
    expect(build()).toMatchObject({ converted: 2, skipped: 0 });
    expect(build()).toMatchObject({ converted: 0, skipped: 2 });

    writeFileSync(join(root, 'office/.planrc.yaml'), 'rules:\n  no-placeholder: off\n');
    expect(build()).toMatchObject({ converted: 2, skipped: 0 });
    expect(build()).toMatchObject({ converted: 0, skipped: 2 });

    writeFileSync(join(root, 'office/plans/plan.config.json'), '{ "rules": { "no-placeholder": "error" } }\n');
    expect(build()).toMatchObject({ converted: 2, skipped: 0 });
  });
});

describe('plan build interrupted by SIGINT', () => {
  it('stops, leaves only complete outputs, and reports what was done', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-batch-sigint-'));
    const count = 400;
    for (let index = 0; index < count; index += 1) writePlan(root, `archive/${2000 + (index % 20)}/${index}.md`, index);
    const out = join(root, 'out');
    const child = spawn(process.execPath, [PLAN, '--lang', 'en', 'build', 'archive', '--out-dir', 'out', '--jobs', '2'], {
      cwd: root,
      env: { ...process.env, CI: 'true' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    // Wait until the batch is well under way, then press Ctrl-C.
    const countOutputs = (): number => {
      try {
        return filesUnder(out).filter((name) => name.endsWith('.docx')).length;
      } catch {
        return 0;
      }
    };
    const deadline = Date.now() + 60_000;
    while (countOutputs() < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    const code = await exited;

    expect(code).toBe(130);
    const files = filesUnder(out);
    const documents = files.filter((name) => name.endsWith('.docx'));
    expect(documents.length).toBeGreaterThanOrEqual(10);
    expect(documents.length).toBeLessThan(count);
    // Nothing half-written: no temporary files, and every document is a whole zip.
    expect(files.filter((name) => !name.endsWith('.docx'))).toEqual([]);
    expect(documents.every((name) => isCompleteZip(join(out, name)))).toBe(true);
    expect(stdout).toMatch(/^Interrupted/m);
    const converted = Number(/converted\s+(\d+)/.exec(stdout)?.[1]);
    expect(converted).toBe(documents.length);
    expect(Number(/not started\s+(\d+)/.exec(stdout)?.[1])).toBeGreaterThan(0);
  });
});
