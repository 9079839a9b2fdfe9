import { MarkupKind, type Hover, type Position as LspPosition } from 'vscode-languageserver';
import { renderRuleDoc } from '../check/docs/render-rule-doc.js';
import { RULES_BY_ID } from '../check/rules/index.js';
import { say, type Lang } from '../i18n/text.js';
import type { Section } from '../plan/types.js';
import type { Analysis } from './analyse-text.js';
import { headingLabel, levelName } from './document-symbols.js';

/** Each rule's page, rendered once: the examples run through the checker. */
const pages = new Map<string, string>();

function rulePage(ruleId: string): string | null {
  let page = pages.get(ruleId);
  if (page === undefined) {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) return null;
    // The first line is the "generated, do not edit" comment of the docs file.
    page = renderRuleDoc(rule).replace(/^<!--[^\n]*-->\n+/, '');
    pages.set(ruleId, page);
  }
  return page;
}

/**
 * Hover over a finding shows its message and its rule's documentation (the
 * page `npm run docs` writes to src/check/docs/); over a numbering marker,
 * the marker's level and its place in the outline.
 */
export function hover(analysis: Analysis, at: LspPosition, lang: Lang): Hover | null {
  const offset = analysis.map.offset(at);
  const found = analysis.diagnostics.filter(
    (diagnostic) => diagnostic.position && diagnostic.position.start.offset <= offset && offset <= diagnostic.position.end.offset,
  );
  if (found.length > 0) {
    const parts = found.map((diagnostic) => {
      const page = rulePage(diagnostic.ruleId);
      const head = `**${diagnostic.ruleId}**: ${say(diagnostic.message, lang)}`;
      return page ? `${head}\n\n---\n\n${page}` : head;
    });
    const first = found[0]?.position;
    return {
      contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
      ...(first ? { range: analysis.map.rangeOf(first) } : {}),
    };
  }
  const trail = markerAt(analysis.parsed.document.sections, offset, []);
  if (!trail) return null;
  const section = trail[trail.length - 1] as Section;
  const marker = section.marker;
  if (!marker?.position) return null;
  const path = trail.map(headingLabel).join(' › ');
  const value =
    lang === 'zh'
      ? `**${levelName(section.level, lang)}** “${marker.raw}”，第 ${marker.ordinal} 项，下有 ${section.children.length} 个小标题\n\n${path}`
      : `**${levelName(section.level, lang)}** "${marker.raw}", item ${marker.ordinal}, ${section.children.length} subheadings\n\n${path}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: analysis.map.rangeOf(marker.position) };
}

/** The sections from the outermost down to the one whose marker holds the offset, or null. */
function markerAt(sections: readonly Section[], offset: number, trail: Section[]): Section[] | null {
  for (const section of sections) {
    const position = section.marker?.position;
    if (position && position.start.offset <= offset && offset <= position.end.offset) return [...trail, section];
    const whole = section.position;
    if (whole && whole.start.offset <= offset && offset <= whole.end.offset) {
      const inner = markerAt(section.children, offset, [...trail, section]);
      if (inner) return inner;
    }
  }
  return null;
}
