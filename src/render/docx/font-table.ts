import type { FontSpec, TemplateManifest } from '../../template/manifest-types.js';

import { escapeXml } from '../wml/escape-xml.js';

export const FONT_TABLE_PATH = 'word/fontTable.xml';

/**
 * `word/fontTable.xml` naming every font the template uses, each East Asian
 * one with its first fall-back as `w:altName` and the GB2312 character set:
 * Word and WPS fall back to 仿宋 where 仿宋_GB2312 is not installed, instead of
 * a Latin default. (docx writes an empty font table; this replaces it.)
 */
export function fontTableXml(manifest: TemplateManifest): string {
  const eastAsian = new Map<string, string | undefined>();
  const latin = new Set<string>();
  for (const font of Object.values(manifest.fonts) as FontSpec[]) {
    const [name, fallback] = font.eastAsia;
    if (name !== undefined && !eastAsian.has(name)) eastAsian.set(name, fallback);
    if (!eastAsian.has(font.latin)) latin.add(font.latin);
  }
  const entries = [
    ...[...eastAsian].map(
      ([name, fallback]) =>
        `<w:font w:name="${escapeXml(name)}">${fallback ? `<w:altName w:val="${escapeXml(fallback)}"/>` : ''}<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    ),
    ...[...latin].map((name) => `<w:font w:name="${escapeXml(name)}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}
