import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import type { TemplateManifest } from '../../template/manifest-types.js';
import { ptToTwips } from './units.js';

/**
 * The line grid (`w:docGrid type="lines"`): with the body's exact line
 * spacing at the same pitch, Word and LibreOffice both fit exactly
 * `linesPerPage` lines into the type area.
 */
export function documentGrid(manifest: TemplateManifest): NonNullable<ISectionPropertiesOptions['grid']> {
  return { type: DocumentGridType.LINES, linePitch: linePitchTwips(manifest) };
}

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
