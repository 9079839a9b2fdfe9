import { formatMarker } from '../plan/format-marker.js';
import type { Section, SectionLevel } from '../plan/types.js';
import type { Text } from '../i18n/text.js';
import { shortLevelName } from '../plan/levels.js';
import { shownMarker } from './marker-text.js';

/** `二级标题（如“（一）”）`: a level named with its first marker. */
export function levelWithExample(level: SectionLevel): Text {
  const name = shortLevelName(level);
  const example = formatMarker(level, 1).raw;
  return { zh: `${name.zh}（如“${example}”）`, en: `${name.en} (such as "${example}")` };
}

/** `“（一）”（二级标题）` / `"（一）" (level 2)`: how messages name a section. */
export function describeSection(section: Section): Text {
  const name = shortLevelName(section.level);
  const marker = section.marker && !section.marker.generated ? shownMarker(section.marker) : section.title.text.slice(0, 12);
  return { zh: `“${marker}”（${name.zh}）`, en: `"${marker}" (${name.en})` };
}
