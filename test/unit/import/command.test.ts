import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CLEANING_STEPS } from '../../../src/import/cleaning/steps.js';
import { FILES_WITHOUT_WORKERS } from '../../../src/commands/import/import-batch.js';
import { corpusPath, csvFullText } from '../../helpers/corpus.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const SEED = 'seed__科技年度工作计划4篇.txt';

function folder(): string {
  return tempFolder('plan-import-command-');
}

describe('plan import (command)', () => {
  it('writes beside the input by default and prints the report', async () => {
    const cwd = folder();
    copyFileSync(corpusPath(SEED), join(cwd, 'seed.txt'));
    const result = await runCli(['import', 'seed.txt'], { cwd: cwd });
    expect(result.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['seed.md', 'seed.txt']);
    expect(result.stdout).toContain('seed.txt → seed.md');
    expect(result.stdout).toContain('篇 4 个，一级标题（一、） 7 个，二级标题（（一）） 13 个，三级标题（1.） 47 个');
    expect(result.stdout).toContain('remove-pinyin: 1454 处');
    expect(result.stdout).toContain('第 41 行  “。ㄆ撸┳龊” → “（七）做好”');
    expect(result.stdout).toContain('第 2 行  删除“日子在彈指一揮間就毫無聲息的流逝,相信大家對即將到來的工作生活滿心期待吧!現在就…”');
    expect(result.stdout).toContain('……另有 7 处，见 --json');
    expect(result.stdout).toContain('第 4 行  占位符 “20xx” ×2');
    expect(result.stdout).toContain('正文是繁体字；plan check 按简体检查，如需转换请加 --to-simplified');
  });

  it('never writes over a Markdown input: it gets a sibling', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'old.md'), '一、工作目标\n\n（一）加强领导\n');
    const result = await runCli(['import', 'old.md'], { cwd: cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(join(cwd, 'old.md'), 'utf8')).toBe('一、工作目标\n\n（一）加强领导\n');
    expect(readFileSync(join(cwd, 'old.imported.md'), 'utf8')).toBe('## 一、工作目标\n\n### （一）加强领导\n');
  });

  it('--split-parts --out-dir writes one plan per 篇', async () => {
    const cwd = folder();
    const result = await runCli(['import', corpusPath(SEED), '--split-parts', '--out-dir', 'out'], { cwd: cwd });
    expect(result.code).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['篇1', '篇2', '篇3', '篇4'].map((part) => `seed__科技年度工作计划4篇-${part}.md`));
    expect(readFileSync(join(cwd, 'out', 'seed__科技年度工作计划4篇-篇3.md'), 'utf8')).toMatch(/^---\ntitle: 科技年度工作計劃\n---\n/u);
  });

  it('-o - prints the Markdown and sends the report to stderr; --json gives a report for scripts', async () => {
    const cwd = folder();
    const printed = await runCli(['import', corpusPath(SEED), '-o', '-', '--to-simplified'], { cwd: cwd });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^---\ntitle: 科技年度工作计划4篇\n---\n\n# 科技年度工作计划 篇1\n/u);
    expect(printed.stderr).toContain('to-simplified:');
    expect(readdirSync(cwd)).toEqual([]);

    const json = await runCli(['import', corpusPath(SEED), '--json', '--out-dir', 'out'], { cwd: cwd });
    const report = JSON.parse(json.stdout) as { files: Array<Record<string, unknown>> };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({
      ok: true,
      outputs: ['out/seed__科技年度工作计划4篇.md'],
      source: { format: 'text', encoding: { encoding: 'utf-8', method: 'utf-8' } },
      plans: [{ part: null, outline: { parts: 4, levels: { part: 4, '1': 7, '2': 13, '3': 47 } } }],
    });
  });

  it('a step switched off on the command line is reported as off and not applied', async () => {
    const cwd = folder();
    const result = await runCli(['import', corpusPath(SEED), '-o', '-', '--no-remove-pinyin'], { cwd: cwd });
    expect(result.stdout).toMatch(/計[(（]jì[)）]劃/u);
    expect(result.stderr).toContain('remove-pinyin: 已关闭');
  });

  it.each(CLEANING_STEPS.map((step) => [step.id, step.enabledByDefault] as const))('has a switch for the %s step', async (id, byDefault) => {
    const cwd = folder();
    writeFileSync(join(cwd, 'plan.txt'), '一、工作目标\n');
    const result = await runCli(['import', 'plan.txt', '-o', '-', '--json', byDefault ? `--no-${id}` : `--${id}`], { cwd });
    const report = JSON.parse(result.stderr) as { files: Array<{ steps: Array<{ id: string; enabled: boolean }> }> };
    const steps = report.files[0]!.steps;
    expect(steps.find((step) => step.id === id)?.enabled).toBe(!byDefault);
    expect(
      steps.filter((step) => step.id !== id).every((step) => step.enabled === CLEANING_STEPS.find((candidate) => candidate.id === step.id)?.enabledByDefault),
    ).toBe(true);
  });

  it('reads UTF-8 with a BOM, UTF-16 and Big5 files, and --encoding forces a reading', async () => {
    const cwd = folder();
    const text = csvFullText('prov26__2026_北京市_政府工作报告.csv');
    writeFileSync(join(cwd, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(cwd, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('一、工作目标\r\n（一）加强领导\r\n', 'utf-16le')]));
    writeFileSync(join(cwd, 'big5.txt'), iconv.encode('一、工作目標\n（一）加強領導\n', 'big5'));
    const result = await runCli(['import', 'bom.txt', 'utf16.txt', 'big5.txt', '--json', '--out-dir', 'out'], { cwd: cwd });
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string; source: { encoding: { encoding: string; method: string } } }> };
    expect(report.files.map((file) => [file.file, file.source.encoding.encoding, file.source.encoding.method])).toEqual([
      ['bom.txt', 'utf-8', 'bom'],
      ['utf16.txt', 'utf-16le', 'bom'],
      ['big5.txt', 'big5', 'detector'],
    ]);
    expect(readFileSync(join(cwd, 'out', 'big5.md'), 'utf8')).toBe('## 一、工作目標\n\n### （一）加強領導\n');
    expect(readFileSync(join(cwd, 'out', 'utf16.md'), 'utf8')).toBe('## 一、工作目标\n\n### （一）加强领导\n');

    const forced = await runCli(['import', 'big5.txt', '--encoding', 'gbk', '-o', '-'], { cwd: cwd });
    expect(forced.stdout).not.toContain('工作目標');
  });

  it('many files on the worker pool: reports in input order, and no input or shared output is ever written over', async () => {
    const cwd = folder();
    // More files than run in the main thread, so the worker pool does the work.
    const extra = Array.from({ length: FILES_WITHOUT_WORKERS }, (_, index) => `c${String(index).padStart(2, '0')}.txt`);
    for (const name of extra) writeFileSync(join(cwd, name), '一、工作目标\n');
    writeFileSync(join(cwd, 'a.txt'), '一、工作目标\n');
    writeFileSync(join(cwd, 'a.md'), '一、已有的计划\n');
    writeFileSync(join(cwd, 'b.txt'), '一、工作目标\n');
    writeFileSync(join(cwd, 'b.html'), '<p>一、网页</p>');
    const result = await runCli(['import', 'a.md', 'a.txt', 'b.html', 'b.txt', ...extra, '--jobs', '2'], { cwd });
    expect(extra.every((name) => readFileSync(join(cwd, name.replace('.txt', '.md')), 'utf8') === '## 一、工作目标\n')).toBe(true);
    expect(result.code).toBe(2);
    expect(readFileSync(join(cwd, 'a.md'), 'utf8')).toBe('一、已有的计划\n');
    expect(readFileSync(join(cwd, 'a.imported.md'), 'utf8')).toBe('## 一、已有的计划\n');
    expect(readFileSync(join(cwd, 'b.md'), 'utf8')).toBe('## 一、网页\n');
    expect(result.stdout).toContain('a.txt\n  失败：输出文件 a.md 就是输入文件');
    expect(result.stdout).toContain('b.txt\n  失败：b.txt 和 b.html 会写到同一个文件 b.md');
    const order = ['a.txt\n', 'b.txt\n', 'a.md → a.imported.md', 'b.html → b.md', ...extra.map((name) => `${name} → `)].map((needle) =>
      result.stdout.indexOf(needle),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('-o with several inputs is a usage error naming --out-dir', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'a.txt'), '一、目标');
    writeFileSync(join(cwd, 'b.txt'), '一、目标');
    const result = await runCli(['import', 'a.txt', 'b.txt', '-o', 'x.md'], { cwd: cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('多个文件请用 --out-dir');
    expect(existsSync(join(cwd, 'x.md'))).toBe(false);
  });
});
