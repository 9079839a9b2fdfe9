import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GALLERY_DIR, gallerySources, MANIFEST_FILE, sourceHash, type GalleryManifest } from '../../gallery/gallery-sources.js';

/**
 * docs/gallery holds pictures of the examples as LibreOffice and Chromium
 * print them. They are committed, so they must show what the code prints
 * today: the .docx and HTML they were made from are built again here and
 * compared with the hashes `npm run gallery` recorded.
 */
describe('docs/gallery', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as GalleryManifest;

  it('covers every bundled example', () => {
    expect(Object.keys(manifest.sources).sort(), 'run npm run gallery').toEqual(
      gallerySources()
        .map((source) => source.id)
        .sort(),
    );
  });

  it.each(gallerySources())('$id: the pictures show what plan builds today', async (source) => {
    const recorded = manifest.sources[source.id];
    expect(recorded, 'run npm run gallery').toBeDefined();
    const current = await sourceHash(source);
    expect({ docx: recorded?.docx, html: recorded?.html }, `docs/gallery is out of date for ${source.id}: run npm run gallery`).toEqual(current);
  });

  it('has every picture the manifest lists, from both engines, including the 版记 and signature pages', () => {
    for (const picture of manifest.pictures) expect(existsSync(join(GALLERY_DIR, picture.file)), picture.file).toBe(true);
    for (const engine of ['libreoffice', 'chromium']) {
      const shown = manifest.pictures.filter((picture) => picture.engine === engine).flatMap((picture) => picture.shows);
      expect(shown).toContain('signature and date');
      expect(shown).toContain('版记');
    }
  });
});
