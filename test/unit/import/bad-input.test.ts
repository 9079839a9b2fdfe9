import { readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { buildZip } from './zip-builder.js';
import { tempFolder } from '../../helpers/temp-folder.js';

function folderWith(name: string, content: Buffer | string): string {
  const folder = tempFolder('plan-import-bad-');
  writeFileSync(join(folder, name), content);
  return folder;
}

/** Runs an import that must fail: exit 2, the message, and not one file written. */
async function expectRefused(folder: string, args: readonly string[], message: RegExp): Promise<string> {
  const before = readdirSync(folder).sort();
  const result = await runCli(['import', ...args], { cwd: folder });
  expect(result.code).toBe(2);
  const output = result.stdout + result.stderr;
  expect(output).toMatch(message);
  expect(output).not.toMatch(/\n\s+at /u);
  expect(readdirSync(folder).sort()).toEqual(before);
  return output;
}

describe('plan import refuses bad input with a clear message and writes nothing', () => {
  it('an empty file', async () => {
    await expectRefused(folderWith('empty.txt', ''), ['empty.txt'], /empty\.txt 是空文件/u);
  });

  it('a file of only blank lines', async () => {
    await expectRefused(folderWith('blank.txt', '\r\n\u3000\n  \n'), ['blank.txt'], /blank\.txt 是空文件/u);
  });

  it('a binary file', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256));
    await expectRefused(folderWith('image.txt', bytes), ['image.txt'], /image\.txt 是二进制文件/u);
  });

  it('a .docx that is not a zip, in English with --lang en', async () => {
    const output = await expectRefused(
      folderWith('plan.docx', '一、工作目标\n这不是 Word 文件'),
      ['--lang', 'en', 'plan.docx'],
      /plan\.docx is not a valid Word file/u,
    );
    expect(output).toMatch(/save it as \.docx/u);
  });

  it('a zip bomb: a .docx that expands past the limit, refused from its central directory', async () => {
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(210 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRefused(folderWith('bomb.docx', bomb), ['bomb.docx'], /bomb\.docx 解压后有 210 MB，超过上限 200 MB（可能是压缩炸弹）/u);
  });

  it('a zip that is not a Word document (a spreadsheet renamed)', async () => {
    const sheet = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    await expectRefused(folderWith('sheet.docx', sheet), ['sheet.docx'], /sheet\.docx 是 zip 文件，但不是 Word 文档（缺少 word\/document\.xml）/u);
  });

  it('a zip that lies about its sizes is caught while inflating', async () => {
    const liar = buildZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 1000 }]);
    await expectRefused(folderWith('liar.docx', liar), ['liar.docx'], /liar\.docx 不是有效的 Word 文件/u);
  });

  it('a 100 MB text', async () => {
    const folder = tempFolder('plan-import-bad-');
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 100 * 1024 * 1024);
    await expectRefused(folder, ['huge.txt'], /huge\.txt 有 100 MB，超过导入上限 20 MB/u);
  });

  it('an unknown --encoding', async () => {
    await expectRefused(folderWith('plan.txt', '一、目标'), ['--encoding', 'latin9', 'plan.txt'], /--encoding 的值“latin9”无效/u);
  });

  it('-o pointing at the input itself', async () => {
    await expectRefused(folderWith('plan.md', '一、目标\n'), ['plan.md', '-o', 'plan.md'], /就是输入文件；plan import 不会覆盖输入/u);
  });

  it('a missing file', async () => {
    await expectRefused(folderWith('plan.txt', '一、目标'), ['missing.txt'], /找不到文件 missing\.txt/u);
  });

  it('one bad file among good ones: the good one is written, the bad one reported, exit 2', async () => {
    const folder = folderWith('good.txt', '一、工作目标\n做好工作。\n');
    writeFileSync(join(folder, 'bad.docx'), 'not a zip');
    const result = await runCli(['import', 'good.txt', 'bad.docx'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(['bad.docx', 'good.md', 'good.txt']);
    expect(result.stdout).toMatch(/bad\.docx\n {2}失败：bad\.docx 不是有效的 Word 文件/u);
    expect(result.stderr).toMatch(/已导入\s+1\n\s+未改动跳过\s+0\n\s+失败\s+1/u);
  });
});
