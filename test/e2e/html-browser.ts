import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Drives the Debian `chromium` through playwright-core; no browser is ever
 * downloaded. Each session gets a fresh profile folder and the switches that
 * keep Chromium from calling home, so any request a test sees came from the
 * page itself.
 */
export const chromiumPath = '/usr/bin/chromium';

const quietSwitches = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'plan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: quietSwitches,
    viewport: { width: 1000, height: 1400 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did while it was loaded: everything a self-contained, script-free page must not do. */
export interface PageActivity {
  page: Page;
  /** Requests other than the HTML file itself (images, fonts, styles, pings…). */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

/**
 * Opens an HTML file and records every request besides the file itself,
 * console errors, uncaught exceptions and dialogs (alert/confirm/prompt, the
 * usual sign that an injected script ran). Requests are aborted after being
 * recorded so that a test never depends on the network.
 */
export async function openHtmlFile(session: BrowserSession, file: string): Promise<PageActivity> {
  const page = await session.context.newPage();
  const url = pathToFileURL(file).href;
  const activity: PageActivity = { page, requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  await page.route('**/*', async (route) => {
    const requested = route.request().url();
    if (requested === url) {
      await route.continue();
      return;
    }
    activity.requests.push(requested);
    await route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') activity.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => activity.pageErrors.push(error.message));
  page.on('dialog', async (dialog) => {
    activity.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return activity;
}

/** Prints the page to PDF with the page size and margins its CSS asks for. */
export async function printToPdf(page: Page, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
}
