import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { openBrowser, openHtmlFile, type BrowserSession } from './html-browser.js';
import { renderToArtifact } from './html-render.js';

/**
 * A plan written to break out of its text — `<script>`, `onerror=`,
 * `javascript:` links, SVG and iframes, Handlebars syntax — opened in
 * Chromium twice: as built, and with the page's Content-Security-Policy
 * removed, so that escaping alone is shown to keep it inert.
 */
const hostilePlan = join(PROJECT_DIR, 'test/unit/render/html/fixtures/hostile-plan.md');

let session: BrowserSession;

describeWithTools(['chromium'], 'a hostile plan in Chromium', () => {
  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each([
    { policy: 'with the page’s Content-Security-Policy', keepPolicy: true },
    { policy: 'without it (escaping alone)', keepPolicy: false },
  ])('renders as text and runs nothing, $policy', async ({ keepPolicy }) => {
    const { file } = await renderToArtifact(hostilePlan, 'plan');
    let opened = file;
    if (!keepPolicy) {
      const html = readFileSync(file, 'utf8');
      const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(stripped).not.toBe(html);
      opened = file.replace(/\.html$/, '.no-csp.html');
      writeFileSync(opened, stripped);
    }
    const { page, requests, consoleErrors, pageErrors, dialogs } = await openHtmlFile(session, opened);
    await page.screenshot({ path: opened.replace(/\.html$/, '.png'), fullPage: true });
    // Following the neutralised links must not run them either.
    for (const link of await page.locator('.unsafe-link').all()) await link.click();

    const outcome = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      elements: document.querySelectorAll('script, img, svg, iframe, object, embed, [onerror], [onload], [onclick]').length,
      javascriptLinks: [...document.querySelectorAll('a[href]')].filter((link) => /^\s*javascript:/i.test(link.getAttribute('href') ?? '')).length,
      text: document.body.innerText,
    }));
    expect({ pwned: outcome.pwned, elements: outcome.elements, javascriptLinks: outcome.javascriptLinks }).toEqual({
      pwned: null,
      elements: 0,
      javascriptLinks: 0,
    });
    expect({ requests, consoleErrors, pageErrors, dialogs }).toEqual({ requests: [], consoleErrors: [], pageErrors: [], dialogs: [] });
    expect(page.url()).toBe(`file://${opened}`);
    // What the clerk typed is on the page, as text.
    expect(outcome.text).toContain('正文<script>window.__pwned = "inline"</script>和<img src=x onerror="window.__pwned = \'img\'">。');
    expect(outcome.text).toContain('{{constructor.constructor "return process"}}');
    expect(outcome.text).toContain('{{> ../../secret}}');
    await page.close();
  });
});
