import { matchMarker, matchPartSuffix } from '../../parse/markers.js';
import type { SectionLevel } from '../../plan/types.js';

export interface LineRole {
  /** The level a marker at the start of the line gives it, or null for body text. */
  level: SectionLevel | null;
  /** True when the line is a heading on its own (no body after its first sentence). */
  standAlone: boolean;
}

const SENTENCE_END = /[。！？!?；;]/u;

/**
 * Uses the parser's own recogniser, so that what import writes as a heading
 * is exactly what `plan` reads as one. A marker line is stand-alone when
 * nothing follows its first sentence and it is short enough to be a title.
 */
export function classifyLine(text: string): LineRole {
  const marker = matchMarker(text);
  if (marker) {
    const title = text.slice(marker.titleStart);
    const inner = title.replace(/[。：:；;，,！？!?]$/u, '');
    return { level: marker.level, standAlone: !SENTENCE_END.test(inner) && [...inner].length <= 50 };
  }
  if (matchPartSuffix(text)) return { level: 'part', standAlone: true };
  return { level: null, standAlone: false };
}
