import type { TemplateManifest } from '../../template/manifest-types.js';
import { mmToTwips, ptToTwips } from './units.js';

/** The distance between two lines of the grid (GB/T 9704: 22 lines in the type area's height). */
export function linePitchTwips(manifest: TemplateManifest): number {
  return ptToTwips(manifest.grid.linePitchPt);
}

/**
 * Grid lines a line of text in `sizePt` takes. A CJK font's line is up to
 * 1.5 times its size; LibreOffice gives a line that does not fit one pitch
 * two pitches, Word keeps the exact spacing. Writing the spacing as whole
 * pitches makes both engines agree, so pages break in the same places.
 */
export function gridLinesFor(sizePt: number, manifest: TemplateManifest): number {
  return Math.max(1, Math.ceil((sizePt * 1.5) / manifest.grid.linePitchPt));
}

/** Width of the type area in twips. */
export function typeAreaWidthTwips(manifest: TemplateManifest): number {
  const { page } = manifest;
  return mmToTwips(page.widthMm) - mmToTwips(page.margins.leftMm) - mmToTwips(page.margins.rightMm);
}

/** Height of the type area in twips. */
export function typeAreaHeightTwips(manifest: TemplateManifest): number {
  const { page } = manifest;
  return mmToTwips(page.heightMm) - mmToTwips(page.margins.topMm) - mmToTwips(page.margins.bottomMm);
}
