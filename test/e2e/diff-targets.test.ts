import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPath, hasFullCorpus, PROJECT_DIR } from '../helpers/corpus.js';

const bin = join(PROJECT_DIR, 'bin/plan.js');
const diffFixtures = join(PROJECT_DIR, 'test/fixtures/diff');
const targetFixtures = join(PROJECT_DIR, 'test/fixtures/targets');
const plan = (args: string[], cwd = PROJECT_DIR) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const folder = mkdtempSync(join(tmpdir(), 'plan-diff-targets-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('plan diff through the built CLI', () => {
  it('exits 1 with the changes, 0 for a plan against itself', () => {
    const changed = plan(['diff', '2026-工作计划.md', '2027-工作计划.md'], diffFixtures);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('删除  二、（二）推进科技成果转化');
    expect(changed.stdout).toContain('到2035年 → 到2030年');
    const same = plan(['diff', '2026-工作计划.md', '2026-工作计划.md'], diffFixtures);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('没有变化');
  });

  it('speaks English with --lang en and prints the json the issue specifies', () => {
    const english = plan(['--lang', 'en', 'diff', '2026-工作计划.md', '2027-工作计划.md'], diffFixtures);
    expect(english.stdout).toContain('8 changes: 1 added, 1 removed, 1 moved, 2 renamed, 3 changed');
    const json = JSON.parse(plan(['diff', '2026-工作计划.md', '2027-工作计划.md', '--format', 'json'], diffFixtures).stdout) as {
      changes: Array<{ kind: string }>;
    };
    expect(json.changes.map((change) => change.kind)).toEqual(['renamed', 'changed', 'changed', 'changed', 'removed', 'renamed', 'moved', 'added']);
  });

  it('exits 2 with a clear message for a missing file, in either language', () => {
    const zh = plan(['diff', '2026-工作计划.md', '没有这个.md'], diffFixtures);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('找不到文件 没有这个.md');
    expect(zh.stderr).not.toMatch(/at .*\.js:\d+/u);
    const en = plan(['--lang', 'en', 'diff', 'missing.md', '2027-工作计划.md'], diffFixtures);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('File not found: missing.md');
  });

  it('writes the 修订对照表 as a docx with -o, and refuses docx on stdout', () => {
    const out = join(folder, '修订对照表.docx');
    const written = plan(['diff', join(diffFixtures, '2026-工作计划.md'), join(diffFixtures, '2027-工作计划.md'), '-f', 'docx', '-o', out]);
    expect(written.status).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = plan(['diff', '2026-工作计划.md', '2027-工作计划.md', '-f', 'docx'], diffFixtures);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('-o');
  });

  it.skipIf(!hasFullCorpus)("compares two consecutive years of a real city's reports", () => {
    for (const year of ['2013', '2014']) expect(plan(['import', corpusPath(`hailar__${year}.txt`), '-o', join(folder, `${year}.md`)]).status).toBe(0);
    const result = plan(['diff', '2013.md', '2014.md', '--format', 'json'], folder);
    expect(result.status).toBe(1);
    const changes = (
      JSON.parse(result.stdout) as {
        changes: Array<{ kind: string; old: { title: string } | null; new: { title: string } | null; numbers?: Array<{ old: string; new: string }> }>;
      }
    ).changes;
    // The review keeps its place under a new title, and the work plan's growth targets changed year on year.
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: 'renamed',
        old: expect.objectContaining({ title: '过去一年工作回顾' }),
        new: expect.objectContaining({ title: '2013年工作回顾' }),
      }),
    );
    const plans = changes.find((change) => change.kind === 'changed' && change.new?.title === '2014年工作安排');
    expect(plans?.numbers).toContainEqual({ old: '20%', new: '11%' });
  });
});

describe('plan targets through the built CLI', () => {
  it('writes an xlsx that opens with the expected sheet and tracking columns', async () => {
    const out = join(folder, '目标任务.xlsx');
    const result = plan(['targets', '20*.md', '-f', 'xlsx', '-o', out], targetFixtures);
    expect(result.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('量化目标');
    expect(sheet).toBeDefined();
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['文件', '行', '章节', '章节标题', '指标', '数值', '单位', '比较']);
    expect(header.slice(-2)).toEqual(['完成情况', '备注']);
    // The header and one row per target found in the fixtures (test/fixtures/targets/README.md: 216 found).
    expect(sheet?.rowCount).toBe(217);
  });

  it('prints one table with a file column for several files, and English headings with --lang en', () => {
    const table = plan(['targets', '2027-区教育局工作计划.md', '2027-街道综合治理计划.md'], targetFixtures);
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^文件\s+行\s+章节\s+指标\s+目标\s+完成时限\s+责任单位$/u);
    const english = plan(['--lang', 'en', 'targets', '2027-街道综合治理计划.md', '-f', 'csv'], targetFixtures);
    expect(english.stdout.split('\r\n')[0]).toBe('File,Line,Section,Section title,Subject,Value,Unit,Comparator,Low,High,Deadline,Responsible,Text');
  });

  it('exits 2 for a missing file and for an unknown format', () => {
    const missing = plan(['targets', 'missing.md'], targetFixtures);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件 missing.md');
    const format = plan(['--lang', 'en', 'targets', '2027-街道综合治理计划.md', '-f', 'pdf'], targetFixtures);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('Invalid --format "pdf"');
  });
});
