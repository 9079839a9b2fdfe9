import type { Text } from '../i18n/text.js';
import { formatMarker } from './format-marker.js';
import type { SectionLevel } from './types.js';

/** Outer levels first; a smaller rank is a higher level. */
export const LEVELS: readonly SectionLevel[] = ['part', 'chapter', 'section', 1, 2, 3, 4, 5];

export function levelRank(level: SectionLevel): number {
  return LEVELS.indexOf(level);
}

/** True when `a` is a higher (outer) level than `b`. */
export function isHigherLevel(a: SectionLevel, b: SectionLevel): boolean {
  return levelRank(a) < levelRank(b);
}

const SHORT_NAMES: Record<string, Text> = {
  part: { zh: '篇', en: 'part' },
  chapter: { zh: '章', en: 'chapter' },
  section: { zh: '节', en: 'section' },
  '1': { zh: '一级标题', en: 'level 1' },
  '2': { zh: '二级标题', en: 'level 2' },
  '3': { zh: '三级标题', en: 'level 3' },
  '4': { zh: '四级标题', en: 'level 4' },
  '5': { zh: '五级标题', en: 'level 5' },
};

/** `二级标题` / `level 2`. */
export function shortLevelName(level: SectionLevel): Text {
  const name = SHORT_NAMES[String(level)];
  if (!name) throw new Error(`unknown level ${String(level)}`);
  return name;
}

/** `二级标题（（一））` / `level 2 (（一）)`: numbered levels show their first marker. */
export function levelName(level: SectionLevel): Text {
  const name = shortLevelName(level);
  if (typeof level === 'string') return name;
  const example = formatMarker(level, 1).raw;
  return { zh: `${name.zh}（${example}）`, en: `${name.en} (${example})` };
}
