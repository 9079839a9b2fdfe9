import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Lang } from '../i18n/text.js';
import type { PlanDocument, Section, SectionLevel } from '../plan/types.js';
import type { TextMap } from './text-map.js';

const LEVEL_NAMES: Record<string, { zh: string; en: string }> = {
  part: { zh: '篇', en: 'part' },
  chapter: { zh: '章', en: 'chapter' },
  section: { zh: '节', en: 'section' },
  1: { zh: '一级标题', en: 'level 1' },
  2: { zh: '二级标题', en: 'level 2' },
  3: { zh: '三级标题', en: 'level 3' },
  4: { zh: '四级标题', en: 'level 4' },
  5: { zh: '五级标题', en: 'level 5' },
};

export function levelName(level: SectionLevel, lang: Lang): string {
  return (LEVEL_NAMES[String(level)] ?? { zh: String(level), en: String(level) })[lang];
}

/** Parts and chapters group the numbered levels below them, as modules group classes. */
function kindOf(level: SectionLevel): SymbolKind {
  if (level === 'part') return SymbolKind.Module;
  if (level === 'chapter' || level === 'section') return SymbolKind.Namespace;
  return SymbolKind.String;
}

/** The heading as the outline shows it: the marker as written, then the title. */
export function headingLabel(section: Section): string {
  const marker = section.marker ? (section.marker.generated ? `[${section.marker.raw}]` : section.marker.raw) : '';
  const gap = typeof section.level === 'string' && marker !== '' ? ' ' : '';
  const label = `${marker}${gap}${section.title.text}`.trim();
  return label === '' ? '·' : label;
}

/**
 * The numbered outline as a tree of symbols (篇 → 一、 → （一） → 1. → （1）),
 * the same tree `plan outline` prints: the editor's outline view, breadcrumbs
 * and "go to symbol" follow the plan's own numbering.
 */
export function documentSymbols(document: PlanDocument, map: TextMap, lang: Lang): DocumentSymbol[] {
  const symbols = (sections: readonly Section[]): DocumentSymbol[] =>
    sections.flatMap((section) => {
      const heading = section.headingPosition ?? section.position;
      if (!heading) return symbols(section.children);
      const whole = section.position ?? heading;
      return [
        {
          name: headingLabel(section),
          detail: levelName(section.level, lang),
          kind: kindOf(section.level),
          range: map.rangeOf({ start: heading.start, end: whole.end.offset >= heading.end.offset ? whole.end : heading.end }),
          selectionRange: map.rangeOf(heading),
          children: symbols(section.children),
        },
      ];
    });
  return symbols(document.sections);
}
