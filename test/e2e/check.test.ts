import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';

/** `plan check` as a clerk and a CI job run it: the built CLI in a folder of plans. */
const root = mkdtempSync(join(tmpdir(), 'plan-check-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function folder(files: Record<string, string | Buffer>): string {
  counter += 1;
  const path = join(root, `case-${counter}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(path, name, '..'), { recursive: true });
    writeFileSync(join(path, name), content);
  }
  return path;
}

function plan(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', PLAN_LANG: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const clean =
  '# 樊城区科学技术局2027年科技工作计划\n\n一、工作目标\n\n（一）加强领导。各部门落实责任。\n\n（二）完善制度。建立考核办法。\n\n二、保障措施\n\n（一）强化督查。按季度通报。\n\n（二）严格考核。年底评比。\n';

describe('plan check', () => {
  it('exits 0 and prints nothing for a clean plan', () => {
    const cwd = folder({ 'plan.md': clean });
    expect(plan(cwd, 'check', 'plan.md')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 0 with warnings only, and 1 above --max-warnings', () => {
    const cwd = folder({ 'plan.md': clean.replace('落实责任', '落实责任,按月调度') });
    const result = plan(cwd, 'check', 'plan.md');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('中文中应使用全角标点：期望“，”，实际“,”');
    const strict = plan(cwd, 'check', '--max-warnings', '0', 'plan.md');
    expect(strict.status, strict.stderr).toBe(1);
    expect(strict.stderr).toContain('警告 1 个，超过 --max-warnings 0');
  });

  it('exits 1 on errors, and --quiet shows the errors only', () => {
    const cwd = folder({ 'plan.md': clean.replace('（二）完善制度', '（三）完善制度').replace('落实责任', '落实责任,按月调度') });
    const result = plan(cwd, 'check', 'plan.md');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/plan\.md\n {2}5:16 +警告/);
    expect(result.stdout).toMatch(/ {2}7:1 +错误 +编号不连续：期望“（二）”，实际“（三）” +numbering-sequence/);
    const quiet = plan(cwd, 'check', '--quiet', 'plan.md');
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).not.toContain('警告  中文');
    expect(quiet.stdout).toContain('numbering-sequence');
  });

  it('speaks English with --lang en', () => {
    const cwd = folder({ 'plan.md': clean.replace('（二）完善制度', '（三）完善制度') });
    expect(plan(cwd, 'check', '--lang', 'en', 'plan.md').stdout).toContain('error  Numbering gap: expected "（二）", found "（三）"  numbering-sequence');
  });

  it('exits 2 with a message for a missing file, and still checks the others', () => {
    const cwd = folder({ 'plan.md': clean });
    const result = plan(cwd, 'check', 'plan.md', 'missing.md');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('找不到文件 missing.md');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the key of a bad config', () => {
    const cwd = folder({ 'plan.config.json': JSON.stringify({ rules: { 'numbering-styl': 'error' } }), 'plans/a.md': clean, 'plans/b.md': clean });
    const result = plan(cwd, 'check', 'plans');
    expect(result.status).toBe(2);
    expect(result.stderr.match(/“rules\.numbering-styl”无效/g)).toHaveLength(1);
  });

  it('checks folders and globs, and skips what the config ignores', () => {
    const cwd = folder({
      '.planrc.yaml': 'ignore:\n  - drafts/**\nrules:\n  no-placeholder: warn\n',
      'plans/a.md': clean,
      'plans/b.md': clean.replace('落实责任', '20xx年落实责任'),
      'drafts/c.md': clean.replace('（二）完善制度', '（九）完善制度'),
    });
    const all = plan(cwd, 'check', '--format', 'json', '.');
    expect(all.status).toBe(0);
    const files = (JSON.parse(all.stdout) as Array<{ file: string; warningCount: number }>).map((entry) => [entry.file, entry.warningCount]);
    expect(files).toEqual([
      ['plans/a.md', 0],
      ['plans/b.md', 1],
    ]);
    const glob = plan(cwd, 'check', '--format', 'json', 'plans/*.md');
    expect((JSON.parse(glob.stdout) as unknown[]).length).toBe(2);
  });

  it('refuses an unknown --format with exit 2', () => {
    const cwd = folder({ 'plan.md': clean });
    const result = plan(cwd, 'check', '--format', 'xml', 'plan.md');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format 的值“xml”无效');
  });

  it('prints github annotations, SARIF and JUnit on stdout', () => {
    const cwd = folder({ 'plan.md': clean.replace('（二）完善制度', '（三）完善制度') });
    expect(plan(cwd, 'check', '--format', 'github', 'plan.md').stdout).toContain(
      '::error file=plan.md,line=7,col=1,endLine=7,endColumn=4,title=numbering-sequence::编号不连续',
    );
    expect((JSON.parse(plan(cwd, 'check', '--format', 'sarif', 'plan.md').stdout) as { version: string }).version).toBe('2.1.0');
    expect(plan(cwd, 'check', '--format', 'junit', 'plan.md').stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="plan check">\n {2}<testsuite name="plan.md" tests="1" failures="1"/,
    );
  });
});

describe('plan check --fix', () => {
  it('fixes a CRLF file with a BOM in place, keeping both, and re-checks', () => {
    const text = `\ufeff${clean.replace('一、工作目标', '一、工作目标：').replace('落实责任', '落实责任,按月调度(每月5日前)').replace(/\n/g, '\r\n')}`;
    const cwd = folder({ 'plan.md': text });
    const result = plan(cwd, 'check', '--fix', 'plan.md');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('已修复 3 处问题，涉及 1 个文件');
    const written = readFileSync(join(cwd, 'plan.md'), 'utf8');
    expect(written).toBe(`\ufeff${clean.replace('落实责任', '落实责任，按月调度（每月5日前）').replace(/\n/g, '\r\n')}`);
    expect(readdirSync(cwd)).toEqual(['plan.md']);
  });

  it('never writes a fix that would change the outline', () => {
    const text = clean.replace('（二）完善制度。建立考核办法。', '（二）是否可行?继续论证,按月报告');
    const cwd = folder({ 'plan.md': text });
    const result = plan(cwd, 'check', '--fix', 'plan.md');
    const written = readFileSync(join(cwd, 'plan.md'), 'utf8');
    // The comma is fixed; the ? would turn the heading into a run-in heading, so it stays for the clerk.
    expect(written).toBe(clean.replace('（二）完善制度。建立考核办法。', '（二）是否可行?继续论证，按月报告'));
    expect(result.stderr).toContain('有 1 处修复会改变编号结构，未自动修复');
    expect(result.stdout).toContain('期望“？”，实际“?”');
  });

  it('prints a diff with --fix-dry-run and writes nothing', () => {
    const text = clean.replace('落实责任', '落实责任,按月调度');
    const cwd = folder({ 'plan.md': text });
    const result = plan(cwd, 'check', '--fix-dry-run', 'plan.md');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--- a/plan.md\n+++ b/plan.md\n@@ -2,7 +2,7 @@\n');
    expect(result.stdout).toContain('-（一）加强领导。各部门落实责任,按月调度。\n+（一）加强领导。各部门落实责任，按月调度。\n');
    expect(result.stderr).toContain('可修复 1 处问题，涉及 1 个文件（未写入）');
    expect(readFileSync(join(cwd, 'plan.md'), 'utf8')).toBe(text);
  });

  it('fixes the seed without changing its outline', () => {
    const cwd = folder({ 'seed.md': linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt')) });
    const before = plan(cwd, 'outline', 'seed.md').stdout;
    const result = plan(cwd, 'check', '--fix', 'seed.md');
    expect(result.status).toBe(1);
    const after = plan(cwd, 'outline', 'seed.md').stdout;
    // The titles change (simplified characters, no pinyin); the indentation and the numbers stay.
    const shape = (outline: string): string[] =>
      outline.split('\n').map((line) => {
        const match = /^\s*\d+\s+(\s*)(篇\d+|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+、)/.exec(line);
        return match ? `${match[1]}${(match[2] ?? '').replace(/[（(]/, '(').replace(/[）)]/, ')')}` : '';
      });
    expect(shape(after)).toEqual(shape(before));
    expect(shape(before).filter((entry) => entry !== '').length).toBeGreaterThan(60);
    expect(readFileSync(join(cwd, 'seed.md'), 'utf8')).toContain('日子在弹指一挥间就毫无声息的流逝，相信大家');
  });
});

describe('the pre-commit hooks', () => {
  it('run as declared on a staged plan', async () => {
    const { parse } = await import('yaml');
    const hooks = parse(readFileSync(join(PROJECT_DIR, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; files: string }>;
    expect(hooks.map((hook) => hook.id)).toEqual(['plan-check', 'plan-check-no-fix']);
    for (const hook of hooks) {
      const [command, ...args] = hook.entry.split(' ');
      expect(command).toBe('plan');
      expect(new RegExp(hook.files).test('plans/2027.md')).toBe(true);
      const text = clean.replace('落实责任', '落实责任,按月调度');
      const cwd = folder({ 'plans/2027.md': text });
      const result = plan(cwd, ...args, 'plans/2027.md');
      expect(result.status, result.stderr).toBe(0);
      const written = readFileSync(join(cwd, 'plans/2027.md'), 'utf8');
      expect(written).toBe(args.includes('--fix') ? clean.replace('落实责任', '落实责任，按月调度') : text);
    }
  });
});

describe('plan schema config', () => {
  it('prints the config schema, which accepts the README example', async () => {
    const cwd = folder({ 'plan.md': clean });
    const result = plan(cwd, 'schema', 'config');
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout) as Record<string, unknown>;
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(
      validate({
        extends: 'recommended',
        rules: { 'numbering-style': ['error', { arabic: '1.' }], 'single-child': 'off', 'no-placeholder': 'warn' },
        ignore: ['drafts/**'],
      }),
    ).toBe(true);
    expect(validate({ rules: { 'numbering-styl': 'warn' } })).toBe(false);
  });
});
