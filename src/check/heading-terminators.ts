import type { Section } from '../plan/types.js';
import type { PlanFacts } from './rule-context.js';

export interface HeadingTerminator {
  section: Section;
  char: string;
  /** Offset of the punctuation in the source, or null when it cannot be placed. */
  offset: number | null;
}

/** A heading on a line of its own: it has content below it, or it is a Markdown heading. */
export function isStandAlone(section: Section): boolean {
  return !section.runIn && (section.children.length > 0 || section.body.length > 0 || section.headingSource === 'heading');
}

/**
 * Finds the closing punctuation of each heading in the source: after the
 * title, past spaces and emphasis marks, before the end of the heading line.
 */
export function headingTerminators(facts: PlanFacts): HeadingTerminator[] {
  const out: HeadingTerminator[] = [];
  for (const { section } of facts.sections) {
    const char = section.title.terminator;
    if (char === null) continue;
    out.push({ section, char, offset: terminatorOffset(facts.source, section, char) });
  }
  return out;
}

function terminatorOffset(source: string, section: Section, char: string): number | null {
  const line = section.headingPosition;
  const from = section.title.position?.end.offset ?? line?.start.offset;
  if (!line || from === undefined) return null;
  const index = source.indexOf(char, from);
  if (index === -1 || index >= line.end.offset) return null;
  if (!/^[\s*_]*$/.test(source.slice(from, index))) return null;
  return index;
}
