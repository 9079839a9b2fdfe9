import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { describeWithTools } from '../helpers/tools.js';
import { openBrowser, openHtmlFile, printToPdf, type BrowserSession } from './html-browser.js';
import { readPdfLayout } from './html-pdf-layout.js';

/**
 * A clerk copies the official template, makes the red header blue and
 * writes page numbers as `第 N 页`; `plan build --format docx,html` must
 * carry both changes into both outputs, because both renderers read the
 * same manifest and text pieces.
 */
const planBin = join(PROJECT_DIR, 'bin/plan.js');
let folder: string;
let session: BrowserSession;

function plan(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [planBin, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The text of one part of a .docx (a zip), read with yauzl, the zip reader `plan import` uses. */
function docxPart(file: string, part: string): Promise<string> {
  return new Promise((resolvePart, reject) => {
    yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
      if (openError) return reject(openError);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== part) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            zip.close();
            resolvePart(Buffer.concat(chunks).toString('utf8'));
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => reject(new Error(`${file} has no part ${part}`)));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describeWithTools(['chromium', 'pdftotext'], 'a customised template changes the HTML and the .docx', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'plan-template-'));
    copyFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), join(folder, 'plan.md'));
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('plan template init copies the template, refuses to overwrite it, and plan template list shows it', () => {
    const init = plan(['template', 'init', 'blue', '--from', 'official']);
    expect(init).toMatchObject({ status: 0, stderr: '' });
    expect(init.stdout).toContain('plan build --template ./blue');
    expect(readFileSync(join(folder, 'blue/template.yaml'), 'utf8')).toMatch(/^name: blue$/m);
    const again = plan(['template', 'init', 'blue']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('blue 已经存在');
    const list = plan(['--lang', 'en', 'template', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^ {2}official\s+Official document/m);
    expect(list.stdout).toMatch(/^ {2}\.\/blue\s+/m);
  });

  it('a blue header and 第 N 页 reach both outputs', async () => {
    const manifestFile = join(folder, 'blue/template.yaml');
    const manifest = readFileSync(manifestFile, 'utf8');
    expect(manifest).toMatch(/^redColor: FF0000$/m);
    writeFileSync(manifestFile, manifest.replace(/^redColor: FF0000$/m, 'redColor: 0000FF'));
    writeFileSync(join(folder, 'blue/pieces/page-number.hbs'), '第 {{page}} 页\n');

    mkdirSync(join(folder, 'stock'));
    expect(plan(['build', '--template', 'official', '--format', 'docx,html', '-o', 'stock/plan', 'plan.md']).status).toBe(0);
    const built = plan(['build', '--template', './blue', '--format', 'docx,html', 'plan.md']);
    expect(built).toMatchObject({ status: 0 });

    // The .docx: the 发文机关标志 run and the rule in blue, the footers with the new text around the PAGE field.
    const stockDocument = await docxPart(join(folder, 'stock/plan.docx'), 'word/document.xml');
    const blueDocument = await docxPart(join(folder, 'plan.docx'), 'word/document.xml');
    expect(stockDocument).toContain('w:val="FF0000"');
    expect(blueDocument).not.toContain('w:val="FF0000"');
    expect(blueDocument).toContain('w:val="0000FF"');
    const footers = (await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map((part) => docxPart(join(folder, 'plan.docx'), part)))).join('');
    expect(footers).toContain('第 ');
    expect(footers).toContain(' 页');
    expect(footers).toContain('PAGE');
    expect(footers).not.toContain('—');

    // The HTML: the same blue in the page, and the printed page numbers read 第 N 页 on alternating sides.
    const { page, requests, consoleErrors } = await openHtmlFile(session, join(folder, 'plan.html'));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.red-header') as Element).color)).toBe('rgb(0, 0, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.red-rule') as Element).borderTopColor)).toBe('rgb(0, 0, 255)');
    const pdf = join(folder, 'plan.pdf');
    await printToPdf(page, pdf);
    expect({ requests, consoleErrors }).toEqual({ requests: [], consoleErrors: [] });
    await page.close();
    const pages = readPdfLayout(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((printed, index) => {
      const footer = printed.lines.filter((line) => line.yMin > printed.height - 35 * (72 / 25.4));
      expect(footer.map((line) => line.text.replace(/\s+/g, ''))).toEqual([`第${index + 1}页`]);
      const centre = ((footer[0]?.xMin ?? 0) + (footer[0]?.xMax ?? 0)) / 2;
      if (index % 2 === 0) expect(centre).toBeGreaterThan(printed.width / 2);
      else expect(centre).toBeLessThan(printed.width / 2);
    });

    // And the stock build is untouched by the copy.
    const stockHtml = readFileSync(join(folder, 'stock/plan.html'), 'utf8');
    expect(stockHtml).toContain('--red: #FF0000;');
    expect(stockHtml).toContain('content: "\\2014  " counter(page) " \\2014 ";');
  });
});
