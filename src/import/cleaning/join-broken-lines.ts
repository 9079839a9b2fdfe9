import { matchMarker, matchPartSuffix } from '../../parse/markers.js';
import type { ImportLine } from '../import-line.js';
import type { CleaningStep } from './cleaning-step.js';

/** Page numbers and running headers that PDF extraction leaves between lines: `- 4 -`, `— 12 —`, `第 3 页`. */
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;
const ENDS_SENTENCE = /[。！？；：:;!?”’」』）)》…]$/u;
/**
 * `流。同時……` after a prose line ending `……加強溝通交`: a next line whose first
 * sentence is one or two characters finishes a word the line break cut.
 */
const CONTINUATION = /^[^\s。，、；：！？]{1,2}[。，、；：！？]/u;

function startsSection(text: string): boolean {
  return matchMarker(text) !== null || matchPartSuffix(text) !== null;
}

/**
 * Text pulled from a PDF breaks every line at the page width. Such a file
 * shows it: many lines of nearly one length that stop mid-sentence. Only
 * then are lines joined, and only a full-width line that does not end a
 * sentence onto a next line that does not start a section.
 */
function typicalBrokenWidth(lines: ImportLine[]): number | null {
  const lengths = new Map<number, number>();
  let long = 0;
  for (const line of lines) {
    const length = [...line.text].length;
    if (length < 15 || ENDS_SENTENCE.test(line.text)) continue;
    long += 1;
    lengths.set(length, (lengths.get(length) ?? 0) + 1);
  }
  let best = 0;
  let width = 0;
  for (const [length, count] of lengths) {
    const near = count + (lengths.get(length - 1) ?? 0) + (lengths.get(length + 1) ?? 0);
    if (near > best) {
      best = near;
      width = length;
    }
  }
  const textLines = lines.filter((line) => line.text.length > 0).length;
  return long >= 5 && best >= Math.max(5, textLines * 0.3) ? width : null;
}

/**
 * A running header or footer (the title or the issuer at the top of every
 * page) in a text whose page numbers show it had pages: a short line that
 * is not a section and comes back on at least half of the pages.
 */
function runningHeaders(lines: readonly ImportLine[], pages: number): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.text.trim();
    if (line.kind !== 'text' || [...text].length > 30 || PAGE_NUMBER.test(text) || startsSection(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 3 && count >= pages / 2).map(([text]) => text));
}

export const joinBrokenLines: CleaningStep = {
  id: 'join-broken-lines',
  title: {
    zh: '删除页码行（如 - 4 -）和每页重复的页眉，接上 PDF 提取时断开的行',
    en: 'drop page-number lines (such as - 4 -) and running headers, and join lines broken by PDF extraction',
  },
  enabledByDefault: true,
  run(lines, context) {
    const pages = lines.filter((line) => line.kind === 'text' && PAGE_NUMBER.test(line.text.trim())).length;
    const headers = pages >= 2 ? runningHeaders(lines, pages) : new Set<string>();
    const withoutPages = lines.filter((line) => {
      const text = line.text.trim();
      const page = line.kind === 'text' && (PAGE_NUMBER.test(text) || headers.has(text));
      if (page) context.record({ step: this.id, line: line.line, before: line.text, after: '', count: 1 });
      return !page;
    });
    const width = typicalBrokenWidth(withoutPages) ?? Number.POSITIVE_INFINITY;
    const joined: Array<ImportLine & { brokenTail?: string }> = [];
    for (const line of withoutPages) {
      const previous = joined[joined.length - 1];
      const previousBroken =
        previous !== undefined &&
        previous.kind === 'text' &&
        line.kind === 'text' &&
        [...(previous.brokenTail ?? previous.text)].length >= width - 1 &&
        !ENDS_SENTENCE.test(previous.text);
      const continues =
        previous !== undefined &&
        previous.kind === 'text' &&
        line.kind === 'text' &&
        !ENDS_SENTENCE.test(previous.text) &&
        /[。；]/u.test(previous.text) &&
        [...previous.text].length >= 40 &&
        CONTINUATION.test(line.text.trim());
      if (previous && (previousBroken || continues) && !startsSection(line.text.trim())) {
        const before = previous.text;
        previous.text = `${previous.text}${line.text.trim()}`;
        previous.brokenTail = line.text.trim();
        context.record({ step: this.id, line: line.line, before: `${before}⏎${line.text}`, after: previous.text, count: 1 });
      } else {
        joined.push({ ...line });
      }
    }
    return joined.map(({ brokenTail: _tail, ...line }) => line as ImportLine);
  },
};
