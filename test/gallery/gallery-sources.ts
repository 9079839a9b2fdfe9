import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readZip } from '../../src/import/readers/zip-guard.js';
import { parsePlan } from '../../src/parse/parse-plan.js';
import { buildViewModel } from '../../src/render/build-view-model.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import type { DocumentView } from '../../src/render/view-model.js';
import { type LoadedTemplate, loadTemplate } from '../../src/template/load-template.js';
import { VERSION } from '../../src/version.js';
import { EXAMPLES_DIR, PROJECT_DIR } from '../helpers/corpus.js';

/** Where `npm run gallery` writes its pictures, and the manifest of what they were made from. */
export const GALLERY_DIR = join(PROJECT_DIR, 'docs/gallery');
export const MANIFEST_FILE = join(GALLERY_DIR, 'manifest.json');

/** One document of the gallery: a bundled example through one template. */
export interface GallerySource {
  /** `2027-科技工作计划.official`: the stem of its pictures' names. */
  id: string;
  markdown: string;
  template: string;
}

/**
 * Every bundled example through the template it asks for (the default
 * `plan`), and the example with a 版头 and 版记 through `official` as well.
 */
export function gallerySources(): GallerySource[] {
  const sources: GallerySource[] = [];
  for (const name of readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    const markdown = join(EXAMPLES_DIR, name);
    const asked = /^template:\s*(\S+)\s*$/m.exec(readFileSync(markdown, 'utf8'))?.[1];
    const templates = new Set([asked ?? 'plan']);
    if (/^cc:/m.test(readFileSync(markdown, 'utf8'))) templates.add('official');
    for (const template of templates) sources.push({ id: `${basename(name, '.md')}.${template}`, markdown, template });
  }
  return sources;
}

/** The .docx and the HTML page built from a gallery source, as `plan build` writes them, and what they were built from. */
export async function buildSource(source: GallerySource): Promise<{ docx: Uint8Array; html: string; view: DocumentView; template: LoadedTemplate }> {
  const template = await loadTemplate(source.template, { cwd: PROJECT_DIR });
  const { document } = parsePlan(readFileSync(source.markdown, 'utf8'), { file: source.markdown });
  const view = buildViewModel(document, template);
  return { docx: await renderDocx(view, template), html: await renderHtml(view, template), view, template };
}

/** Text with what changes on every build (the time, the program's version, the random id of a VML shape) taken out. */
function normalise(text: string): string {
  return text
    .replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')
    .replace(/(<v:shape id=")[^"]*"/g, '$1"')
    .replaceAll(`gongwen-plan ${VERSION}`, 'gongwen-plan');
}

/**
 * A hash of what a source's pictures are made from: each part of the .docx
 * (its zip timestamps and creation dates left out) and the HTML page. When
 * the renderers, templates or examples change what a clerk would print,
 * this changes, and the gallery is out of date.
 */
export async function sourceHash(source: GallerySource): Promise<{ docx: string; html: string }> {
  const { docx, html } = await buildSource(source);
  const bytes = Buffer.from(docx);
  const { sizes } = await readZip(bytes, source.id, []);
  const names = [...sizes.keys()].sort();
  const { entries } = await readZip(bytes, source.id, names);
  const docxHash = createHash('sha256');
  for (const name of names)
    docxHash
      .update(`${name}\n`)
      .update(normalise((entries.get(name) ?? Buffer.alloc(0)).toString('utf8')))
      .update('\n');
  return { docx: docxHash.digest('hex'), html: createHash('sha256').update(normalise(html)).digest('hex') };
}

/** What docs/gallery/manifest.json records. */
export interface GalleryManifest {
  note: string;
  sources: Record<string, { markdown: string; template: string; docx: string; html: string }>;
  pictures: Array<{ file: string; source: string; engine: 'libreoffice' | 'chromium'; page: number; shows: string[] }>;
}
