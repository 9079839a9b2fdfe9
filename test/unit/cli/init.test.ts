import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlanYear } from '../../../src/commands/init/index.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const fresh = (): string => tempFolder('plan-init-');

describe('plan init', () => {
  it('writes a starter plan and a config, and says what to do next', async () => {
    const folder = fresh();
    const result = await runCli(['init', '--year', '2027'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['2027年工作计划.md', 'plan.config.json']);
    expect(result.stdout).toContain('plan check 2027年工作计划.md');
    expect(JSON.parse(readFileSync(join(folder, 'plan.config.json'), 'utf8'))).toEqual({ extends: 'recommended', rules: {} });
  });

  it('leaves only the placeholders for the clerk: check reports 某某 and nothing else', async () => {
    const folder = fresh();
    await runCli(['init', '--year', '2027'], { cwd: folder });
    const check = await runCli(['check', '--format', 'json', '2027年工作计划.md'], { cwd: folder });
    expect(check.code).toBe(1);
    const [report] = JSON.parse(check.stdout) as Array<{ diagnostics: Array<{ ruleId: string }> }>;
    expect(report?.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['no-placeholder', 'no-placeholder', 'no-placeholder']);

    const plan = join(folder, '2027年工作计划.md');
    writeFileSync(plan, readFileSync(plan, 'utf8').replaceAll('某某单位', '樊城区科学技术局'));
    const clean = await runCli(['check', '2027年工作计划.md'], { cwd: folder });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('');
  });

  it('uses every level of the numbering convention', async () => {
    const folder = fresh();
    await runCli(['init', '--year', '2027'], { cwd: folder });
    const outline = await runCli(['outline', '2027年工作计划.md'], { cwd: folder });
    for (const marker of ['一、', '（一）', '1.', '（1）']) expect(outline.stdout).toContain(marker);
  });

  it('never overwrites: an existing file stops it before anything is written', async () => {
    const folder = fresh();
    writeFileSync(join(folder, 'plan.config.json'), '{"extends":"strict"}');
    const result = await runCli(['init', '--year', '2027'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan.config.json 已存在，未写入任何文件');
    expect(readdirSync(folder)).toEqual(['plan.config.json']);
    expect(readFileSync(join(folder, 'plan.config.json'), 'utf8')).toBe('{"extends":"strict"}');
  });

  it('rejects a malformed year', async () => {
    const result = await runCli(['init', '--year', '27'], { cwd: fresh() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--year 的值“27”无效');
  });

  it('plans for next year from September on', () => {
    expect(defaultPlanYear(new Date(2026, 10, 29))).toBe(2027);
    expect(defaultPlanYear(new Date(2027, 1, 1))).toBe(2027);
  });
});
