import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS_DIR, FULL_CORPUS_DIR, PROJECT_DIR, corpusPath, describeWithFullCorpus } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';

const PLAN = join(PROJECT_DIR, 'bin/plan.js');

function plan(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PLAN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'plan-import-e2e-'));
}

async function numberedDocx(file: string): Promise<void> {
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
  ];
  const item = (text: string, level: number): Paragraph => new Paragraph({ text, numbering: { reference: 'plan', level } });
  const document = new Document({
    numbering: { config: [{ reference: 'plan', levels }] },
    sections: [
      { children: [new Paragraph({ text: '2027年科技工作计划' }), item('工作目标', 0), item('加强领导', 1), item('狠抓落实', 1), item('主要措施', 0)] },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(document));
}

describe('plan import, then check and build the result', () => {
  let cwd = '';
  beforeAll(() => {
    cwd = folder();
    const result = plan(['import', corpusPath('seed__科技年度工作计划4篇.txt'), '--to-simplified', '-o', 'seed.md'], cwd);
    expect(result.code).toBe(0);
  });

  it('plan check reports only content problems: the 20xx placeholders', () => {
    const result = plan(['check', 'seed.md', '--format', 'json'], cwd);
    const [report] = JSON.parse(result.stdout) as Array<{ warningCount: number; diagnostics: Array<{ ruleId: string; severity: string; message: string }> }>;
    const errors = report!.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.map((diagnostic) => diagnostic.ruleId)).toEqual(Array(10).fill('no-placeholder'));
    expect(errors.every((diagnostic) => diagnostic.message.includes('20xx'))).toBe(true);
    expect(report!.warningCount).toBe(0);
    // 篇2 as written has a single 一、: a remark on its content, not a conversion fault.
    expect(report!.diagnostics.filter((diagnostic) => diagnostic.severity === 'info').map((diagnostic) => diagnostic.ruleId)).toEqual(['single-child']);
    expect(result.code).toBe(1);
  });

  it('plan build stops at the placeholders only, and says so', () => {
    const result = plan(['build', 'seed.md', '-o', 'refused.docx'], cwd);
    expect(result.code).toBe(1);
    const diagnostics = (result.stdout + result.stderr).split('\n').filter((line) => /^\s+\d+:\d+/u.test(line));
    expect(diagnostics).toHaveLength(10);
    expect(diagnostics.every((line) => line.includes('no-placeholder'))).toBe(true);
    expect(existsSync(join(cwd, 'refused.docx'))).toBe(false);
  });

  it('plan build renders it (with --force, past the placeholders)', () => {
    const result = plan(['build', 'seed.md', '--format', 'docx,html', '--out-dir', 'built', '--force'], cwd);
    expect(result.code).toBe(0);
    expect(
      readFileSync(join(cwd, 'built', 'seed.docx'))
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    const text = readFileSync(join(cwd, 'built', 'seed.html'), 'utf8').replace(/<[^>]+>/gu, '');
    expect(text).toContain('科技年度工作计划');
    expect(text).toContain('（七）做好-20xx年度全国科技进步考核迎检工作');
  });
});

describe('plan import of a whole folder', () => {
  it('imports every carried corpus file except the README, with --json for scripts', () => {
    const cwd = folder();
    const result = plan(['import', join(FIXTURE_CORPUS_DIR, '*.{txt,md,docx}'), '--out-dir', 'out', '--json'], cwd);
    const report = JSON.parse(result.stdout) as { files: Array<{ ok: boolean; file: string }> };
    expect(report.files.filter((file) => !file.file.endsWith('README.md')).every((file) => file.ok)).toBe(true);
    expect(readdirSync(join(cwd, 'out')).length).toBe(report.files.length);
  });
});

describeWithFullCorpus('plan import of the whole corpus', () => {
  it('imports every corpus file except the README, with --json for scripts', () => {
    const cwd = folder();
    const result = plan(['import', join(FULL_CORPUS_DIR, '*.{txt,md,docx}'), '--out-dir', 'out', '--json'], cwd);
    const report = JSON.parse(result.stdout) as { files: Array<{ ok: boolean; file: string }> };
    expect(report.files.filter((file) => !file.file.endsWith('README.md')).every((file) => file.ok)).toBe(true);
    expect(readdirSync(join(cwd, 'out')).length).toBe(report.files.length);
  });
});

describeWithTools(['soffice'], 'plan import of an old .doc through LibreOffice', () => {
  it('converts the .doc and keeps its Word auto-numbering', async () => {
    const cwd = folder();
    await numberedDocx(join(cwd, 'numbered.docx'));
    const converted = spawnSync('soffice', [
      `-env:UserInstallation=file://${join(cwd, 'profile')}`,
      '--headless',
      '--convert-to',
      'doc',
      '--outdir',
      cwd,
      join(cwd, 'numbered.docx'),
    ]);
    expect(converted.status).toBe(0);
    const result = plan(['import', 'numbered.doc', '-o', '-'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('---\ntitle: 2027年科技工作计划\n---\n\n## 一、工作目标\n\n### （一）加强领导\n\n### （二）狠抓落实\n\n## 二、主要措施\n');
  });
});

describe('plan import of a .doc without LibreOffice', () => {
  it('says what to install or do, and writes nothing', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const result = plan(['import', 'old.doc'], cwd, { ...process.env, PATH: '/nonexistent' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('导入 .doc 文件（old.doc）需要 LibreOffice，但没有找到 soffice');
    expect(existsSync(join(cwd, 'old.md'))).toBe(false);
  });
});
