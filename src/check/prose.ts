import type { ParseResult } from '../parse/parse-plan.js';
import type { Inline } from '../plan/types.js';
import { blocksOf, inlinesBelow, inlinesOf, sectionsOf } from './walk.js';

/** The character that stands for masked source: never a letter, a space or punctuation. */
export const MASK = '\u0000';

const URL_PATTERN = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff5e<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * The source with everything that is not prose masked out (code, inline code,
 * raw HTML and comments, link targets, URLs, e-mail addresses, the front
 * matter and the numbering markers), keeping every other offset in place.
 * Text rules search this string, so their offsets are source offsets and they
 * never touch code, URLs or markers.
 */
export function proseOf(parsed: ParseResult): string {
  const { source, document } = parsed;
  const ranges: Array<[number, number]> = [];
  const mask = (start: number, end: number): void => {
    if (end > start) ranges.push([Math.max(0, start), Math.min(end, source.length)]);
  };
  // Optional chaining: a generated document may carry a front matter without positions.
  const fence = document.frontMatter?.position;
  if (fence) mask(fence.start.offset, fence.end.offset);
  for (const { section } of sectionsOf(document)) {
    const marker = section.marker?.position;
    if (marker) mask(marker.start.offset, marker.end.offset);
  }
  for (const block of blocksOf(document)) {
    if ((block.type === 'code' || block.type === 'html') && block.position) mask(block.position.start.offset, block.position.end.offset);
  }
  for (const inline of inlinesOf(document)) maskInline(inline, mask);
  for (const match of source.matchAll(URL_PATTERN)) mask(match.index ?? 0, (match.index ?? 0) + match[0].length);
  return applyMask(source, ranges);
}

/** The source with the given ranges replaced by MASK, line ends kept. */
function applyMask(source: string, ranges: Array<[number, number]>): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    out += source.slice(cursor, from) + source.slice(from, end).replace(/[^\n]/g, MASK);
    cursor = end;
  }
  return out + source.slice(cursor);
}

function maskInline(inline: Inline, mask: (start: number, end: number) => void): void {
  const position = inline.position;
  if (!position) return;
  switch (inline.type) {
    case 'inlineCode':
    case 'html':
    case 'image':
      mask(position.start.offset, position.end.offset);
      return;
    case 'link': {
      const texts = inlinesBelow(inline.children).filter((child) => child.position);
      const first = texts[0]?.position;
      const last = texts[texts.length - 1]?.position;
      const visible = texts.map((child) => (child.type === 'text' ? child.value : '')).join('');
      if (!first || !last || visible === inline.url || /^(https?:|mailto:|www\.)/.test(visible)) {
        mask(position.start.offset, position.end.offset);
      } else {
        mask(position.start.offset, first.start.offset);
        mask(last.end.offset, position.end.offset);
      }
      return;
    }
    default:
      return;
  }
}
