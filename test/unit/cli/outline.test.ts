import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../helpers/corpus.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-folder.js';

let folder: string;

beforeAll(() => {
  folder = tempFolder('plan-outline-');
  writeFileSync(join(folder, 'good.md'), '---\ntitle: 计划\n---\n\n一、目标\n（一）领导。各部门……\n');
  writeFileSync(join(folder, 'empty.md'), '');
  writeFileSync(join(folder, 'notice.md'), '# 通知\n\n一、要求\n\n## 附件1：实施意见\n\n一、目标\n');
  writeFileSync(join(folder, 'blank.md'), '\n\u3000 \n');
  writeFileSync(join(folder, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  // 一、目标 in GBK, on line 2.
  writeFileSync(join(folder, 'gbk.md'), Buffer.concat([Buffer.from('# title\n'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xc4, 0xbf, 0xb1, 0xea, 0x0a])]));
  writeFileSync(join(folder, 'bad-yaml.md'), '---\ntitle: 计划\ndate: [2027\n---\n\n一、目标\n');
  writeFileSync(join(folder, 'bad-type.md'), '---\ntitle: 计划\nurgency: 很急\n---\n\n一、目标\n');
  writeFileSync(
    join(folder, 'bomb.md'),
    [
      '---',
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '---',
      '',
      '一、目标',
      '',
    ].join('\n'),
  );
  mkdirSync(join(folder, 'nested/deeper'), { recursive: true });
  writeFileSync(join(folder, 'nested/a.md'), '一、甲\n');
  writeFileSync(join(folder, 'nested/deeper/b.md'), '一、乙\n');
  mkdirSync(join(folder, 'no-plans'));
  writeFileSync(join(folder, 'no-plans/readme.txt'), 'x');
});

const noStack = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
};

describe('plan outline', () => {
  it('prints the numbered tree with line numbers', async () => {
    const result = await runCli(['outline', 'good.md'], { cwd: folder });
    expect(result).toEqual({
      code: 0,
      stdout: 'good.md  计划\n    5  一、目标\n    6    （一）领导 …\n',
      stderr: '',
    });
  });

  it('prints the whole plan tree as JSON', async () => {
    const result = await runCli(['outline', '--json', 'good.md'], { cwd: folder });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.type).toBe('plan');
    expect(document.sections[0].children[0]).toMatchObject({ level: 2, runIn: true, title: { text: '领导', terminator: '。' } });
  });

  it('shows an attachment as such, in text and in the JSON tree', async () => {
    const text = await runCli(['outline', 'notice.md'], { cwd: folder });
    expect(text.stdout).toBe('notice.md  通知\n    3  一、要求\n    5  附件1  实施意见\n    7    一、目标\n');
    const json = JSON.parse((await runCli(['outline', '--json', 'notice.md'], { cwd: folder })).stdout);
    expect(json.sections).toHaveLength(1);
    expect(json.attachments).toEqual([
      expect.objectContaining({
        type: 'attachment',
        label: '附件1',
        number: 1,
        title: expect.objectContaining({ text: '实施意见', source: 'label' }),
        sections: [expect.objectContaining({ title: expect.objectContaining({ text: '目标' }) })],
      }),
    ]);
  });

  it('takes folders and globs, in a stable order', async () => {
    const byFolder = await runCli(['outline', 'nested'], { cwd: folder });
    expect(byFolder.stdout).toBe('nested/a.md  （无标题）\n    1  一、甲\nnested/deeper/b.md  （无标题）\n    1  一、乙\n');
    const byGlob = await runCli(['outline', 'nested/**/*.md'], { cwd: folder });
    expect(byGlob.stdout).toBe(byFolder.stdout);
  });

  it.each([
    [['missing.md'], '找不到文件 missing.md：请检查路径和文件名'],
    [['empty.md'], 'empty.md 是空文件'],
    [['blank.md'], 'blank.md 是空文件'],
    [['binary.md'], 'binary.md 是二进制文件'],
    [['gbk.md'], 'gbk.md 第 2 行不是有效的 UTF-8 文字（可能是 GBK 或 Big5 编码）；请运行 plan import gbk.md 转换为 UTF-8'],
    [['no-plans'], '文件夹 no-plans 中没有计划文件（.md）'],
    [['nothing-*.md'], '没有文件与 nothing-*.md 匹配'],
  ])('%s: a clear Chinese message, exit 2, no stack trace', async (args, message) => {
    const result = await runCli(['outline', ...args], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/^plan: 错误：/);
    noStack(result.stderr);
  });

  it.each([
    ['bad-yaml.md', /^bad-yaml\.md:3:\d+: 错误：文件头 YAML 格式有误（第 3 行）/],
    ['bad-type.md', /^bad-type\.md:3:1: 错误：文件头中“urgency”的值 "很急" 不正确：应为“特急”“加急”“特提”或“平急”/],
    ['bomb.md', /^bomb\.md:1:1: 错误：文件头 YAML 中的别名（alias）展开过多/],
  ])('%s: front-matter errors name the line and exit 2', async (file, message) => {
    const result = await runCli(['outline', file], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    noStack(result.stderr);
  });

  it('speaks English with --lang en', async () => {
    const result = await runCli(['--lang', 'en', 'outline', 'gbk.md'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('plan: error: gbk.md line 2 is not valid UTF-8 (perhaps GBK or Big5); run plan import gbk.md to convert it to UTF-8\n');
  });

  it('treats usage mistakes as exit 2', async () => {
    const result = await runCli(['outline'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plan --help');
  });

  it('prints the version and help with exit 0', async () => {
    const version = await runCli(['--version'], { cwd: PROJECT_DIR });
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    const help = await runCli(['--help'], { cwd: PROJECT_DIR });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('outline');
  });
});
