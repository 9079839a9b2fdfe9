import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';

/** The README's worked example of a house rule, run by the built CLI (its CommonJS bundle) as a clerk runs it. */
const root = mkdtempSync(join(tmpdir(), 'plan-custom-rules-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function plan(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', PLAN_LANG: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let counter = 0;
/** A copy of examples/custom-rule: its config, its rule module and its plan. */
function office(): string {
  counter += 1;
  const folder = join(root, `office-${counter}`);
  cpSync(join(EXAMPLES_DIR, 'custom-rule'), folder, { recursive: true });
  return folder;
}

const PLAN = '2027-办公室工作要点.md';

describe('custom rules from the config, through the built CLI', () => {
  it('reports the house rule by its id, in Chinese and in English, and fails the check', () => {
    const cwd = office();
    // Twice: the second run starts from the code cache the first one may write.
    for (let run = 0; run < 2; run += 1) {
      const result = plan(cwd, 'check', PLAN);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout).toContain('11:1  错误  一级标题“做好档案管理”下缺少责任单位：请写明“责任单位：……”  responsible-unit');
    }
    const english = plan(cwd, 'check', PLAN, '--lang', 'en');
    expect(english.stdout).toContain('The level-1 section "做好档案管理" names no responsible unit');
  });

  it('passes once every level-1 section names its unit', () => {
    const cwd = office();
    const text = readFileSync(join(cwd, PLAN), 'utf8').replace('## 二、做好档案管理\n', '## 二、做好档案管理\n\n责任单位：综合科\n');
    writeFileSync(join(cwd, PLAN), text);
    expect(plan(cwd, 'check', PLAN)).toMatchObject({ status: 0, stdout: '' });
  });

  it('runs inside the workers of a batch', () => {
    const cwd = office();
    const text = readFileSync(join(cwd, PLAN), 'utf8');
    for (let index = 0; index < 24; index += 1) writeFileSync(join(cwd, `plan-${index}.md`), text);
    const result = plan(cwd, 'check', '.', '--jobs', '2', '--format', 'json');
    expect(result.status, result.stderr).toBe(1);
    const found = (result.stdout.match(/"ruleId":\s*"responsible-unit"/g) ?? []).length;
    expect(found).toBe(25);
  });

  it('stops with exit 2 and names the entry when the rule module is missing', () => {
    const cwd = office();
    rmSync(join(cwd, 'rules'), { recursive: true });
    const result = plan(cwd, 'check', PLAN);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('中 customRules 的“./rules/responsible-unit.mjs”找不到');
  });

  it('names a rule that throws, checks with the others and exits 1', () => {
    const cwd = office();
    writeFileSync(
      join(cwd, 'rules/responsible-unit.mjs'),
      'export default { meta: { id: "responsible-unit", description: "x" }, check(context) { return context.nothing.here; } };\n',
    );
    const result = plan(cwd, 'check', PLAN);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('规则“responsible-unit”运行出错');
    expect(result.stdout).not.toContain('内部错误');
  });
});
