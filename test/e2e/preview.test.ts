import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { chromiumPath, openBrowser, type BrowserSession } from './html-browser.js';

/** `plan preview` as a clerk uses it: the built CLI serving a plan, Chromium showing it, an editor saving the file. */
const root = mkdtempSync(join(tmpdir(), 'plan-preview-e2e-'));
const file = join(root, '计划.md');
let child: ChildProcess;
let url = '';
let session: BrowserSession;

/** Saves as vim and many IDEs do: write a new file, rename it over the plan. */
function saveByRename(text: string): void {
  const temporary = join(root, '.计划.md.swp');
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describeWithTools([chromiumPath], 'plan preview in Chromium', () => {
  beforeAll(async () => {
    copyFileSync(join(PROJECT_DIR, 'examples/2027-科技工作计划.md'), file);
    child = spawn(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'preview', '计划.md'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PLAN_LANG: '' },
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`plan preview exited with ${code}`)));
    });
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('shows the plan, updates it in place on save with its new finding, and keeps the last good page on a broken save', async () => {
    const page = await session.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    const plan = page.frameLocator('#plan');
    await expect.poll(() => plan.locator('body').innerText(), { timeout: 20_000 }).toContain('加强机关作风建设');
    await expect.poll(() => page.locator('#count').innerText()).toBe('0');
    // The page has taken the first state's rendering in place.
    await page.waitForFunction(() => document.body.dataset['shown'] === '1');

    // Scroll down, and leave a mark on the frame's window: a reload would lose both.
    const frame = page.frame({ url: /plan\.html/ });
    expect(frame).not.toBeNull();
    await frame?.evaluate(() => {
      (window as unknown as { keep: number }).keep = 42;
      window.scrollTo(0, 600);
    });
    const before = await frame?.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);

    const original = readFileSync(file, 'utf8');
    saveByRename(`${original}\n5.加强督查,按季度通报进展。\n`);
    await expect.poll(() => plan.locator('body').innerText(), { timeout: 10_000 }).toContain('加强督查,按季度通报进展');
    await expect.poll(() => page.locator('#findings li').allInnerTexts()).toEqual([expect.stringContaining('cjk-punctuation')]);
    const item = (await page.locator('#findings li').innerText()).replace(/\s+/g, ' ');
    expect(item).toContain('中文中应使用全角标点');
    const kept = await frame?.evaluate(() => ({ keep: (window as unknown as { keep?: number }).keep, y: window.scrollY }));
    expect(kept).toEqual({ keep: 42, y: before });
    // The finding is marked where it is: the heading of the section it falls in.
    const marked = plan.locator('.plan-finding');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.innerText()).toContain('加强督查');

    // Clicking the finding scrolls to it.
    await frame?.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#findings button').click();
    await expect.poll(() => frame?.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // A save whose front matter does not parse: the error shows, the last good page stays.
    saveByRename(`---\ntitle: [unclosed\n---\n${original}`);
    await expect.poll(() => page.locator('#problem').innerText(), { timeout: 10_000 }).toContain('计划.md');
    expect(await page.locator('#problem').isVisible()).toBe(true);
    expect(await plan.locator('body').innerText()).toContain('加强督查,按季度通报进展');

    saveByRename(original);
    await expect.poll(() => page.locator('#problem').isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => plan.locator('body').innerText()).not.toContain('加强督查');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers the .docx of the current text for download', async () => {
    const page = await session.context.newPage();
    await page.goto(url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/plan.docx"]').click()]);
    expect(download.suggestedFilename()).toBe('计划.docx');
    const saved = join(root, 'downloaded.docx');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await page.close();
  });

  it('stops cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
  });
});
