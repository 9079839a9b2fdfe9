import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const ARTIFACTS = join(PROJECT_DIR, 'test/artifacts/pdf');

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The text of each page, as pdftotext reads it back (pages end with a form feed). */
function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

function build(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PLAN, '--lang', 'en', 'build', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectNumberedPages(pdf: string): void {
  const pages = pageTexts(pdf);
  expect(pages.length).toBe(pageCount(pdf));
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toMatch(new RegExp(`—\\s*${index + 1}\\s*—`));
  });
}

beforeAll(() => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_DIR, stdio: 'ignore' });
  mkdirSync(ARTIFACTS, { recursive: true });
});

describeWithTools(['soffice', 'pdftotext', 'pdfinfo'], 'plan build --format pdf through LibreOffice', () => {
  it('makes a PDF whose pages carry — N — page numbers, two files in parallel without profile clashes', () => {
    const leftovers = readdirSync(tmpdir()).filter((name) => name.startsWith('gongwen-plan-'));
    const root = mkdtempSync(join(tmpdir(), 'plan-pdf-lo-'));
    mkdirSync(join(root, 'plans'));
    copyFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), join(root, 'plans/a.md'));
    copyFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), join(root, 'plans/b.md'));
    const run = build(['plans', '--out-dir', 'out', '--format', 'pdf', '--pdf-engine', 'libreoffice', '--jobs', '2'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(join(root, 'out/plans')).sort()).toEqual(['a.pdf', 'b.pdf']);
    for (const name of ['a.pdf', 'b.pdf']) expectNumberedPages(join(root, 'out/plans', name));
    expect(pageTexts(join(root, 'out/plans/a.pdf')).join('')).toContain('樊城区科学技术局');
    // No converter profile or temporary folder is left behind.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('gongwen-plan-'))).toEqual(leftovers);
    copyFileSync(join(root, 'out/plans/a.pdf'), join(ARTIFACTS, 'example-libreoffice.pdf'));
  });
});

describeWithTools(['chromium', 'pdftotext', 'pdfinfo'], 'plan build --format pdf through Chromium', () => {
  it('prints the HTML page to a PDF with — N — page numbers', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-pdf-chromium-'));
    copyFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), join(root, 'plan.md'));
    const run = build(['plan.md', '--out-dir', 'out', '--format', 'pdf', '--pdf-engine', 'chromium'], root);
    expect(run.code).toBe(0);
    expectNumberedPages(join(root, 'out/plan.pdf'));
    copyFileSync(join(root, 'out/plan.pdf'), join(ARTIFACTS, 'example-chromium.pdf'));
  });
});

it('names the packages to install when no PDF converter is on the PATH', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-pdf-none-'));
  copyFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), join(root, 'plan.md'));
  const result = spawnSync(process.execPath, [PLAN, '--lang', 'en', 'build', 'plan.md', '--format', 'pdf'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', PATH: '' },
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('apt install libreoffice-writer-nogui');
  expect(result.stderr).toContain('brew install --cask libreoffice');
  expect(readdirSync(root)).toEqual(['plan.md']);
});
