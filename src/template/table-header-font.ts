import type { FontSpec, TemplateManifest } from './manifest-types.js';

/** 黑体 as Word and WPS know it. */
const HEITI = ['黑体', 'SimHei'];

/**
 * The font of a table's header row: the manifest's `tableHeader`, or, in a
 * template written before that role, the table font in 黑体 (GB/T 9704
 * practice: header 黑体, cells 仿宋), not a bold 仿宋.
 */
export function tableHeaderFont(manifest: TemplateManifest): FontSpec {
  return manifest.fonts.tableHeader ?? { ...manifest.fonts.table, eastAsia: HEITI, bold: false };
}
