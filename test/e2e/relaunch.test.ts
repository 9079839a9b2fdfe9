import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');
/** Enough plans, checked one at a time, that the run is still going when the test acts. */
const PLANS = 400;

const linux = process.platform === 'linux';

/** The pids whose parent is `pid` (Linux's /proc, through ps). */
function childrenOf(pid: number): number[] {
  const result = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((value) => Number.isInteger(value));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(test: () => boolean, seconds: number): Promise<boolean> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return test();
}

describe.skipIf(!linux)('a batch restarted under Node with other flags (bin/relaunch.js)', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-relaunch-e2e-'));
  for (let index = 0; index < PLANS; index += 1) writeFileSync(join(root, `plan-${index}.md`), example.replace(/^title: .*$/m, `title: 第${index}号工作计划`));
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const run of started) if (run.pid !== undefined && alive(run.pid)) run.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  /** Starts `plan check` on the archive and waits for the restarted child. */
  async function startBatch(): Promise<{ parent: ChildProcess; child: number }> {
    const parent = spawn(process.execPath, [PLAN, 'check', '.', '--jobs', '1'], { cwd: root, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
    started.push(parent);
    let child: number | undefined;
    await until(() => {
      child = childrenOf(parent.pid as number)[0];
      return child !== undefined;
    }, 20);
    expect(child, 'the batch restarted Node').toBeDefined();
    return { parent, child: child as number };
  }

  it('leaves no orphan when the parent is killed outright (SIGKILL)', async () => {
    const { parent, child } = await startBatch();
    parent.kill('SIGKILL');
    expect(await until(() => !alive(child), 15), `process ${child} still running after its parent was killed`).toBe(true);
  });

  it('passes a signal sent to the parent alone on to the child, which stops as after Ctrl-C', async () => {
    const { parent, child } = await startBatch();
    const exited = new Promise<number | null>((resolve) => parent.on('exit', (code) => resolve(code)));
    parent.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(alive(child)).toBe(false);
  });
});
