import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import type { TemplateManifest } from '../../template/manifest-types.js';
import { linePitchTwips } from '../layout/grid-metrics.js';

/**
 * The line grid (`w:docGrid type="lines"`): with the body's exact line
 * spacing at the same pitch, Word and LibreOffice both fit exactly
 * `linesPerPage` lines into the type area.
 */
export function documentGrid(manifest: TemplateManifest): NonNullable<ISectionPropertiesOptions['grid']> {
  return { type: DocumentGridType.LINES, linePitch: linePitchTwips(manifest) };
}
