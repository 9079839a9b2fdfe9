import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';

/**
 * `plan build` on bad input: a message that names the file (and line) and
 * says what to do, exit code 2 (or 1 for check errors), no stack trace, and
 * no file written.
 */

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const EXAMPLE = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');

let work: string;

function plan(args: readonly string[], lang: 'zh' | 'en' = 'en'): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PLAN, '--lang', lang, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function files(): string[] {
  return readdirSync(work, { recursive: true, encoding: 'utf8' }).sort();
}

function expectUserError(result: ReturnType<typeof plan>, code = 2): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toContain('internal error');
}

beforeAll(() => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
});

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-build-errors-'));
  writeFileSync(join(work, 'plan.md'), EXAMPLE);
});

describe('plan build on bad input', () => {
  it('builds the example next to it, exit 0', () => {
    const result = plan(['build', 'plan.md']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('wrote plan.docx');
    expect(readFileSync(join(work, 'plan.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown template and lists the built-in ones', () => {
    const before = files();
    const result = plan(['build', 'plan.md', '--template', 'offical']);
    expectUserError(result);
    expect(result.stderr).toContain('Unknown template "offical"');
    expect(result.stderr).toMatch(/official, plan|plan, official/);
    expect(files()).toEqual(before);
  });

  it('names the file, line and key of a broken manifest in a template folder', () => {
    cpSync(join(PROJECT_DIR, 'templates/plan'), join(work, 'mine'), { recursive: true });
    const manifest = join(work, 'mine/template.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('  linesPerPage: 22', '  linesPerPage: twenty-two'));
    const line =
      readFileSync(manifest, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('twenty-two')) + 1;
    const result = plan(['build', 'plan.md', '--template', './mine']);
    expectUserError(result);
    expect(result.stderr).toContain(`template.yaml:${line}`);
    expect(result.stderr).toContain('grid.linesPerPage');
    expect(files()).not.toContain('plan.docx');
  });

  it('names the file and line of a Handlebars syntax error', () => {
    cpSync(join(PROJECT_DIR, 'templates/plan'), join(work, 'mine'), { recursive: true });
    writeFileSync(join(work, 'mine/pieces/date.hbs'), '{{#if date}}\n{{date}\n{{/if}}\n');
    const result = plan(['build', 'plan.md', '--template', 'mine'], 'zh');
    expectUserError(result);
    expect(result.stderr).toMatch(/pieces\/date\.hbs:2/);
    expect(result.stderr).toContain('语法错误');
    expect(files()).not.toContain('plan.docx');
  });

  it('says which front-matter field the official template needs, and writes nothing', () => {
    writeFileSync(join(work, 'plan.md'), EXAMPLE.replace(/^docNumber: .*\n/m, '').replace(/^issuer: .*\n/m, ''));
    const before = files();
    const result = plan(['build', 'plan.md', '--template', 'official']);
    expectUserError(result);
    expect(result.stderr).toContain('plan.md: the template official needs issuer, docNumber in the front matter');
    expect(result.stderr).toContain('docNumber: …');
    expect(files()).toEqual(before);
  });

  it('reports an output folder that cannot be written, leaving no temporary file', () => {
    writeFileSync(join(work, 'not-a-folder'), 'a file where a folder should be');
    const before = files();
    const result = plan(['build', 'plan.md', '-o', 'not-a-folder/out.docx']);
    expectUserError(result);
    expect(result.stderr).toContain('Cannot write');
    expect(result.stderr).toContain('not-a-folder');
    expect(files()).toEqual(before);
  });

  it('never writes over its input', () => {
    const result = plan(['build', 'plan.md', '-o', 'plan.md']);
    expectUserError(result);
    expect(result.stderr).toContain('is the input plan.md');
    expect(readFileSync(join(work, 'plan.md'), 'utf8')).toBe(EXAMPLE);

    // A Markdown plan saved as .html would be overwritten by its own HTML output.
    writeFileSync(join(work, 'notes.html'), EXAMPLE);
    const again = plan(['build', 'notes.html', '--format', 'html']);
    expectUserError(again);
    expect(again.stderr).toContain('is the input notes.html');
    expect(readFileSync(join(work, 'notes.html'), 'utf8')).toBe(EXAMPLE);
  });

  it('refuses a plan with check errors unless --force, exit 1', () => {
    writeFileSync(join(work, 'plan.md'), EXAMPLE.replace('二、工作重点及措施', '三、工作重点及措施'));
    const refused = plan(['build', 'plan.md']);
    expectUserError(refused, 1);
    expect(refused.stderr).toContain('no document was written');
    expect(refused.stderr).toContain('--force');
    expect(files()).not.toContain('plan.docx');
    const forced = plan(['build', 'plan.md', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(files()).toContain('plan.docx');
  });

  it('refuses a date that does not exist, in the front matter or in the body, naming its line; --force builds without printing it', () => {
    const withDate = EXAMPLE.replace(/^date: .*$/m, 'date: 2027-13-45');
    expect(withDate).not.toBe(EXAMPLE);
    writeFileSync(join(work, 'plan.md'), withDate);
    const refused = plan(['build', 'plan.md']);
    expectUserError(refused, 1);
    expect(refused.stderr).toMatch(/plan\.md\n\s+5:7\s+error/);
    expect(refused.stderr).toContain('"2027-13-45", which is no date');
    expect(files()).not.toContain('plan.docx');
    const forced = plan(['build', 'plan.md', '--force', '--format', 'html']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(work, 'plan.html'), 'utf8')).not.toContain('2027-13-45');

    writeFileSync(join(work, 'body.md'), '# 2027年工作计划\n\n一、目标\n\n会议定于2027年2月30日召开。\n');
    const body = plan(['build', 'body.md']);
    expectUserError(body, 1);
    expect(body.stderr).toMatch(/body\.md\n\s+5:5\s+error/);
    expect(body.stderr).toContain('No such date: "2027年2月30日"');
    expect(files()).not.toContain('body.docx');
  });

  it('writes one document per part with --split-parts, and mirrors folders under --out-dir', () => {
    const parts = '# 两篇\n\n篇1 第一篇计划\n\n一、目标\n\n正文。\n\n篇2 第二篇计划\n\n一、目标\n\n正文。\n';
    writeFileSync(join(work, 'parts.md'), parts);
    const split = plan(['build', 'parts.md', '--split-parts', '--out-dir', 'out']);
    expect(split.code, split.stderr).toBe(0);
    expect(files()).toEqual(expect.arrayContaining([join('out', 'parts-第1篇.docx'), join('out', 'parts-第2篇.docx')]));
  });

  it('refuses -o with several plans and an unknown format', () => {
    writeFileSync(join(work, 'second.md'), EXAMPLE);
    expectUserError(plan(['build', 'plan.md', 'second.md', '-o', 'x.docx']));
    const format = plan(['build', 'plan.md', '--format', 'docx,odt']);
    expectUserError(format);
    expect(format.stderr).toContain('Invalid --format "docx,odt"');
  });
});
