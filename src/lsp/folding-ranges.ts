import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { PlanDocument, Section } from '../plan/types.js';
import type { TextMap } from './text-map.js';

/**
 * One fold per section, from its heading line to its last line of text
 * (blank lines before the next heading stay visible), and one for the front
 * matter: a clerk folds 一、 to see its neighbours, as in the outline.
 */
export function foldingRanges(document: PlanDocument, map: TextMap): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const front = document.frontMatter?.position;
  if (front) {
    const start = map.position(front.start.offset).line;
    const end = map.lastTextLine(front.start.offset, front.end.offset);
    if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  }
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      const heading = section.headingPosition;
      const whole = section.position;
      if (heading && whole) {
        const start = map.position(heading.start.offset).line;
        const end = map.lastTextLine(heading.start.offset, whole.end.offset);
        if (end > start) ranges.push({ startLine: start, endLine: end });
      }
      walk(section.children);
    }
  };
  walk(document.sections);
  return ranges;
}
