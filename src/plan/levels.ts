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

export const LEVEL_NAMES: Record<string, { zh: string; en: string }> = {
  part: { zh: '篇', en: 'part' },
  chapter: { zh: '章', en: 'chapter' },
  section: { zh: '节', en: 'section' },
  '1': { zh: '一级标题（一、）', en: 'level 1 (一、)' },
  '2': { zh: '二级标题（（一））', en: 'level 2 (（一）)' },
  '3': { zh: '三级标题（1.）', en: 'level 3 (1.)' },
  '4': { zh: '四级标题（（1））', en: 'level 4 (（1）)' },
  '5': { zh: '五级标题（①）', en: 'level 5 (①)' },
};

export function levelName(level: SectionLevel): { zh: string; en: string } {
  const name = LEVEL_NAMES[String(level)];
  if (!name) throw new Error(`unknown level ${String(level)}`);
  return name;
}
