import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const fixtures = join(import.meta.dirname, '../../fixtures/targets');
const folder = mkdtempSync(join(tmpdir(), 'plan-targets-command-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('plan targets (command)', () => {
  it('applies the config’s ignore as check and build do, and says so of a file it was named', async () => {
    const root = join(folder, 'ignore');
    mkdirSync(join(root, 'drafts'), { recursive: true });
    writeFileSync(join(root, 'plan.config.json'), JSON.stringify({ ignore: ['drafts/**'] }));
    const plan = '---\ntitle: 2027年工作计划\n---\n\n一、主要目标\n\n新增就业1200人以上。\n';
    writeFileSync(join(root, 'plan.md'), plan);
    writeFileSync(join(root, 'drafts/draft.md'), plan.replace('1200', '900'));
    const all = await runCli(['targets', '.', '--format', 'json'], { cwd: root });
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as { targets: Array<{ file: string }> }).targets.map((target) => target.file)).toEqual(['plan.md']);
    expect(all.stderr).toBe('');
    const named = await runCli(['targets', 'drafts/draft.md', '--format', 'json'], { cwd: root });
    expect(named.code).toBe(0);
    expect((JSON.parse(named.stdout) as { targets: unknown[] }).targets).toEqual([]);
    expect(named.stderr).toContain('drafts/draft.md 被配置文件 plan.config.json 的 ignore 排除');
  });

  it('prints json with the fields the issue names', async () => {
    const result = await runCli(['targets', '2027-街道综合治理计划.md', '--format', 'json'], { cwd: fixtures });
    expect(result.code).toBe(0);
    const { targets } = JSON.parse(result.stdout) as { targets: Array<Record<string, unknown>> };
    expect(targets).toHaveLength(21);
    expect(targets.at(-1)).toMatchObject({
      file: '2027-街道综合治理计划.md',
      line: 25,
      section: '三、',
      subject: '老旧小区加装电梯',
      value: 8,
      low: 8,
      high: 10,
      unit: '台',
      comparator: 'range',
      deadline: '年底前',
      responsible: '建设科',
    });
  });

  it('writes the tracking workbook: a row per target, every field, and empty 完成情况 and 备注', async () => {
    const out = join(folder, 'targets.xlsx');
    expect((await runCli(['targets', '2027-区教育局工作计划.md', '-f', 'xlsx', '-o', out], { cwd: fixtures })).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('量化目标');
    const rows = sheet?.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]?.slice(1)).toEqual([
      '文件',
      '行',
      '章节',
      '章节标题',
      '指标',
      '数值',
      '单位',
      '比较',
      '下限',
      '上限',
      '完成时限',
      '责任单位',
      '原文',
      '完成情况',
      '备注',
    ]);
    expect(rows).toHaveLength(1 + 27);
    expect(rows[1]?.slice(1, 9)).toEqual(['2027-区教育局工作计划.md', 13, '二、', '主要目标', '新增中小学学位', 4000, '个', '不少于']);
  });

  it('needs -o for xlsx, and says so', async () => {
    const result = await runCli(['targets', '2027-区教育局工作计划.md', '-f', 'xlsx'], { cwd: fixtures });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format xlsx 需要用 -o 指定输出文件');
  });
});
