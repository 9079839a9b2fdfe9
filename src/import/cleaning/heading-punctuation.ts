import { matchMarker } from '../../parse/markers.js';
import type { CleaningStep } from './cleaning-step.js';
import { mapTexts } from './cleaning-step.js';

/** A stand-alone heading: the marker, a short title, and only closing punctuation after it. */
const CLOSING = /[。：:；;，,]$/u;

/**
 * GB/T 9704 headings that stand on their own line carry no end punctuation
 * (`一、工作目标：` → `一、工作目标`). Run-in headings keep theirs: there the
 * full stop separates the heading from its body.
 */
export function dropHeadingPunctuation(text: string): { text: string; count: number } {
  const marker = matchMarker(text);
  if (!marker || (marker.level !== 1 && marker.level !== 2 && marker.level !== 'chapter' && marker.level !== 'section')) return { text, count: 0 };
  const title = text.slice(marker.titleStart);
  const body = title.replace(CLOSING, '');
  if (body === title || /[。！？；]/u.test(body) || [...body].length > 40) return { text, count: 0 };
  return { text: text.slice(0, marker.titleStart) + body, count: 1 };
}

export const headingPunctuation: CleaningStep = {
  id: 'heading-punctuation',
  title: { zh: '删除独占一行的一、（一）级标题末尾的标点', en: 'remove end punctuation from stand-alone 一、 and （一） headings' },
  enabledByDefault: true,
  run(lines, context) {
    return mapTexts(lines, this.id, context, (text) => dropHeadingPunctuation(text));
  },
};
