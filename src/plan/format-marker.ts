import { formatChineseNumeral, formatCircledNumeral } from './chinese-numerals.js';
import type { Marker, SectionLevel } from './types.js';

export type ArabicStyle = '1.' | '1、';

/**
 * The canonical marker of a level and ordinal (DESIGN.md §2). Level 3 is
 * `1.` in GB/T 9704 and `1、` in common use; callers choose.
 */
export function formatMarker(level: SectionLevel, ordinal: number, arabicStyle: ArabicStyle = '1.'): Omit<Marker, 'position' | 'generated'> {
  const chinese = (): string => formatChineseNumeral(ordinal);
  const base = { level, ordinal, brackets: null, digitWidth: 'full' as const };
  switch (level) {
    case 'part':
      return { ...base, form: 'part-ordinal', raw: `第${chinese()}篇`, ordinalText: chinese(), punctuation: '' };
    case 'chapter':
      return { ...base, form: 'chapter', raw: `第${chinese()}章`, ordinalText: chinese(), punctuation: '' };
    case 'section':
      return { ...base, form: 'section', raw: `第${chinese()}节`, ordinalText: chinese(), punctuation: '' };
    case 1:
      return { ...base, form: 'chinese', raw: `${chinese()}、`, ordinalText: chinese(), punctuation: '、' };
    case 2:
      return { ...base, form: 'paren-chinese', raw: `（${chinese()}）`, ordinalText: chinese(), punctuation: '', brackets: { open: '（', close: '）' } };
    case 3: {
      const punctuation = arabicStyle === '1、' ? '、' : '.';
      return { ...base, form: 'arabic', raw: `${ordinal}${punctuation}`, ordinalText: String(ordinal), punctuation, digitWidth: 'half' };
    }
    case 4:
      return {
        ...base,
        form: 'paren-arabic',
        raw: `（${ordinal}）`,
        ordinalText: String(ordinal),
        punctuation: '',
        brackets: { open: '（', close: '）' },
        digitWidth: 'half',
      };
    case 5:
      return { ...base, form: 'circled', raw: formatCircledNumeral(ordinal), ordinalText: formatCircledNumeral(ordinal), punctuation: '' };
  }
}
