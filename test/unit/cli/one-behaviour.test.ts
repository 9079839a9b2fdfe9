import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatsFor } from '../../../src/commands/build/index.js';
import { writeFileAtomic } from '../../../src/io/write-atomic.js';
import { runCli } from '../../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'plan-one-behaviour-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const path = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(path, file, '..'), { recursive: true });
    writeFileSync(join(path, file), text);
  }
  return path;
}

const GOOD = '---\ntitle: 2027年工作计划\n---\n\n一、工作目标\n\n全年完成各项任务。\n\n二、保障措施\n\n加强领导。\n';

describe('a plan whose front matter cannot be read: exit 2 in every command, said once', { timeout: 60_000 }, () => {
  const cwd = folder('front-matter', {
    'bad-yaml.md': '---\ntitle: [未闭合\n---\n\n一、工作目标\n\n正文。\n',
    'bad-type.md': '---\ntitle: 2027年工作计划\nurgency: 很急\n---\n\n一、工作目标\n\n正文。\n',
  });

  it.each([['check'], ['build'], ['build', '--force'], ['outline'], ['targets'], ['diff', 'bad-yaml.md']])(
    'plan %s … exits 2 for bad YAML and for a value of the wrong type',
    async (...command) => {
      for (const file of ['bad-yaml.md', 'bad-type.md']) {
        const result = await runCli([...command, file], { cwd });
        expect(result.code, `${command.join(' ')} ${file}\n${result.stdout}${result.stderr}`).toBe(2);
      }
    },
  );

  it('check reports the YAML error once and no finding that follows from it (a missing title)', async () => {
    const result = await runCli(['check', 'bad-yaml.md'], { cwd });
    expect(result.stdout.match(/文件头 YAML 格式有误/g)).toHaveLength(1);
    expect(result.stdout).not.toContain('缺少标题');
  });

  it('build says it once, with the file and line, and writes nothing', async () => {
    const result = await runCli(['build', 'bad-yaml.md'], { cwd });
    const all = result.stdout + result.stderr;
    expect(all.match(/文件头 YAML 格式有误/g)).toHaveLength(1);
    expect(all).toContain('bad-yaml.md');
    expect(all).toContain('第 2 行');
    expect(all).not.toContain('缺少标题');
    expect(readdirSync(cwd).filter((name) => name.endsWith('.docx'))).toEqual([]);
  });
});

describe('the config applies the same way to check and build', { timeout: 60_000 }, () => {
  const cwd = folder('ignore', { 'plan.config.json': '{ "ignore": ["drafts/**"] }', 'drafts/a.md': GOOD, 'plans/b.md': GOOD });

  it('check says so when a file named on the command line is ignored, and counts it for --max-warnings', async () => {
    const named = await runCli(['check', 'drafts/a.md'], { cwd });
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('drafts/a.md 被配置文件 plan.config.json 的 ignore 排除，未处理');
    expect((await runCli(['check', 'drafts/a.md', '--max-warnings', '0'], { cwd })).code).toBe(1);
    // Found in a folder, an ignored file is passed over as the config asks, without a word.
    const walked = await runCli(['check', '.'], { cwd });
    expect(walked.stderr).not.toContain('ignore');
  });

  it('build ignores what check ignores, named or found in a folder, and says so when named', async () => {
    const named = await runCli(['--lang', 'en', 'build', 'drafts/a.md'], { cwd });
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('drafts/a.md is excluded by the ignore patterns of plan.config.json');
    expect(existsSync(join(cwd, 'drafts/a.docx'))).toBe(false);
    await runCli(['build', '.', '--force'], { cwd });
    expect(existsSync(join(cwd, 'drafts/a.docx'))).toBe(false);
    expect(existsSync(join(cwd, 'plans/b.docx'))).toBe(true);
  });

  it('build counts an ignored plan apart, not as converted', async () => {
    const summary = await runCli(['build', 'drafts/a.md', 'plans/b.md', '--out-dir', 'out', '--force', '--json'], { cwd });
    expect(summary.code, summary.stderr).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({ converted: 1, ignored: 1, failed: 0 });
    const table = await runCli(['--lang', 'en', 'build', '.', '--out-dir', 'out', '--force'], { cwd });
    expect(table.stdout).toMatch(/converted +1\n/);
    expect(table.stdout).toMatch(/ignored by config +1\n/);
  });
});

describe('-o and --format: the output name names the format, and the two must agree', { timeout: 60_000 }, () => {
  it("takes the format from -o when --format is not given, and every format's own extension without one", () => {
    expect(formatsFor('计划.pdf', undefined)).toEqual(['pdf']);
    expect(formatsFor('out/计划.HTML', undefined)).toEqual(['html']);
    expect(formatsFor('计划', undefined)).toEqual(['docx']);
    expect(formatsFor('计划', ['docx', 'html'])).toEqual(['docx', 'html']);
    expect(formatsFor('计划.docx', ['docx'])).toEqual(['docx']);
    expect(formatsFor(undefined, undefined)).toEqual(['docx']);
  });

  it.each([
    [['-o', 'x.pdf', '--format', 'docx'], '-o x.pdf 是 .pdf 文件，而 --format 要求 docx'],
    [['-o', 'x.docx', '--format', 'docx,html'], '要生成多种格式，-o 请不写扩展名'],
    [['-o', 'other.md'], '-o 的扩展名“.md”不是可生成的格式'],
    [['-o', 'a.docx/'], '输出到文件夹请用 --out-dir a.docx/'],
  ])('refuses %j with a message, exit 2, writing nothing', async (options, message) => {
    const cwd = folder(`output-${options.join('_').replace(/[^a-z0-9]/gi, '-')}`, { 'plan.md': GOOD });
    const result = await runCli(['build', 'plan.md', ...options, '--force'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(cwd)).toEqual(['plan.md']);
  });

  it('writes the format -o names', async () => {
    const cwd = folder('output-html', { 'plan.md': GOOD });
    const result = await runCli(['build', 'plan.md', '-o', '计划.html', '--force'], { cwd });
    expect(result.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['plan.md', '计划.html']);
  });
});

describe("commander's own errors speak the user's language", { timeout: 60_000 }, () => {
  it.each([
    [['outline'], '缺少必需的参数 files', "error: missing required argument 'files'"],
    [['check', '--bogus', 'x.md'], '未知选项 --bogus', "error: unknown option '--bogus'"],
    [['bogus'], '未知命令 bogus', "error: unknown command 'bogus'"],
    [['build', 'x.md', '--format'], '选项 --format <formats> 缺少取值', "error: option '--format <formats>' argument missing"],
  ])('%j', async (args, zh, en) => {
    const chinese = await runCli(args);
    expect(chinese.code).toBe(2);
    expect(chinese.stderr).toContain(`plan: 错误：${zh}`);
    expect(chinese.stderr).not.toContain('error:');
    const english = await runCli(['--lang', 'en', ...args]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
  });

  it("offers commander's suggestion in Chinese too", async () => {
    const result = await runCli(['check', '--fxi', 'x.md']);
    expect(result.stderr).toContain('（是否想用 --fix？）');
  });
});

describe('--fix', { timeout: 60_000 }, () => {
  it('says how many findings it leaves, and that they are listed', async () => {
    const cwd = folder('fix', { 'plan.md': '---\ntitle: 2027年工作计划\n---\n\n一、目标\n\n（一)加强领导\n\n三、保障\n\nTODO 待补充\n' });
    const result = await runCli(['check', '--fix', 'plan.md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/plan check：已修复 1 处问题，涉及 1 个文件；另有 \d+ 个问题不能自动修复，已在上面列出，请人工修改/);
  });

  it('suggests only what the writing command has when a file cannot be written', async () => {
    const blocked = join(folder('unwritable', { file: 'x' }), 'file', 'plan.md');
    await expect(writeFileAtomic(blocked, 'x', { zh: '请检查文件的写入权限', en: 'Check that the file may be written' })).rejects.toMatchObject({
      text: { zh: expect.stringMatching(/请检查文件的写入权限$/) },
    });
    await expect(writeFileAtomic(blocked, 'x')).rejects.toMatchObject({ text: { zh: expect.stringContaining('-o 或 --out-dir') } });
  });
});
