import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const fixtures = join(import.meta.dirname, '../../fixtures/diff');
const folder = mkdtempSync(join(tmpdir(), 'plan-diff-command-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('plan diff (command)', () => {
  it('exits 1 on changes and 0 without, 2 on a bad format, in the language asked for', async () => {
    expect((await runCli(['diff', '2026-工作计划.md', '2027-工作计划.md'], { cwd: fixtures })).code).toBe(1);
    expect((await runCli(['diff', '2027-工作计划.md', '2027-工作计划.md'], { cwd: fixtures })).code).toBe(0);
    const bad = await runCli(['--lang', 'en', 'diff', '2026-工作计划.md', '2027-工作计划.md', '-f', 'pdf'], { cwd: fixtures });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid --format "pdf": expected one of text, json, html, docx');
  });

  it('refuses a folder that holds more than one plan as one side', async () => {
    const result = await runCli(['diff', '.', '2027-工作计划.md'], { cwd: fixtures });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('对应 2 个文件');
  });

  it('writes html to a file with -o and prints nothing', async () => {
    const out = join(folder, 'diff.html');
    const result = await runCli(['diff', '2026-工作计划.md', '2027-工作计划.md', '-f', 'html', '-o', out], { cwd: fixtures });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<td>二、（二）推进科技成果转化</td>');
  });
});
