/**
 * `npm run gallery`: prints each bundled example through LibreOffice (from
 * the .docx) and Chromium (from the HTML page), and keeps its first, middle,
 * signature, attachment and 版记 pages as small PNGs in docs/gallery/, with
 * a manifest of what they were made from. A unit test rebuilds the .docx
 * and HTML and fails when the pictures are out of date.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PdfConverter } from '../../src/render/pdf/pdf-converter.js';
import { findPdfEngine, type PdfEngineName } from '../../src/render/pdf/pdf-engine.js';
import { printHtml } from '../../src/render/pdf/print-html.js';
import { readPdfLayout, rowsOf } from '../e2e/html-pdf-layout.js';
import { PROJECT_DIR } from '../helpers/corpus.js';
import { buildSource, GALLERY_DIR, gallerySources, MANIFEST_FILE, sourceHash, type GalleryManifest } from './gallery-sources.js';

/** Small enough to commit, large enough to see the layout: A4 at 60 dpi is 496 × 702 pixels. */
const DPI = 60;
const PITCH_PT = 28.95;

/** Which pages of a printed document to show, and what each shows. */
function pickPages(pdf: string): Map<number, string[]> {
  const pages = readPdfLayout(pdf).map((page) => rowsOf(page, PITCH_PT).map((row) => row.text.replace(/\s+/g, '')));
  const picked = new Map<number, string[]>();
  const add = (page: number, shows: string): void => {
    if (page < 1) return;
    picked.set(page, [...(picked.get(page) ?? []), shows]);
  };
  const pageWhere = (test: (text: string) => boolean): number => pages.findIndex((rows) => rows.some(test)) + 1;
  add(1, 'first page');
  add(Math.ceil(pages.length / 2), 'a middle page');
  add(
    pageWhere((text) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(text)),
    'signature and date',
  );
  add(
    pageWhere((text) => /^附件\d*$/.test(text)),
    'attachment',
  );
  add(
    pageWhere((text) => text.startsWith('抄送') || text.endsWith('印发')),
    '版记',
  );
  return new Map([...picked].sort(([a], [b]) => a - b));
}

async function main(): Promise<void> {
  mkdirSync(GALLERY_DIR, { recursive: true });
  for (const file of readdirSync(GALLERY_DIR)) if (file.endsWith('.png')) rmSync(join(GALLERY_DIR, file));
  const work = mkdtempSync(join(tmpdir(), 'plan-gallery-'));
  const engines: PdfEngineName[] = ['libreoffice', 'chromium'];
  const converters = engines.map((name) => new PdfConverter(findPdfEngine(name, process.env)));
  const manifest: GalleryManifest = {
    note: 'Made by `npm run gallery`; test/unit/gallery checks that the pictures are current.',
    sources: {},
    pictures: [],
  };
  const signal = new AbortController().signal;
  try {
    for (const source of gallerySources()) {
      const built = await buildSource(source);
      manifest.sources[source.id] = { markdown: relative(PROJECT_DIR, source.markdown), template: source.template, ...(await sourceHash(source)) };
      for (const converter of converters) {
        const engine = converter.engine.name;
        const pdf = join(work, `${source.id}.${engine}.pdf`);
        // Chromium prints as `plan build` does: the 版记's page checked on the printed pages (print-html.ts).
        const printed =
          engine === 'chromium'
            ? await printHtml(built.view, built.template, (html) => converter.convert({ html: async () => html }, signal))
            : await converter.convert({ docx: async () => built.docx }, signal);
        writeFileSync(pdf, printed);
        for (const [page, shows] of pickPages(pdf)) {
          const file = `${source.id}.${engine}.p${page}`;
          execFileSync('pdftoppm', ['-r', String(DPI), '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(GALLERY_DIR, file)]);
          manifest.pictures.push({ file: `${file}.png`, source: source.id, engine, page, shows });
          process.stdout.write(`docs/gallery/${file}.png  ${shows.join(', ')}\n`);
        }
      }
    }
  } finally {
    await Promise.all(converters.map((converter) => converter.dispose()));
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();
