import type { PhrasingContent } from 'mdast';
import type { Inline, Position } from '../plan/types.js';
import type { Locator } from './locator.js';

type Unpositioned = { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined };

export function positionOf(node: Unpositioned, locator: Locator): Position | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  return locator.position(start, end);
}

/** Converts mdast phrasing content to plan inlines, keeping positions. */
export function fromMdast(nodes: readonly PhrasingContent[], locator: Locator): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const position = positionOf(node, locator);
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value, position });
        break;
      case 'strong':
        out.push({ type: 'strong', children: fromMdast(node.children, locator), position });
        break;
      case 'emphasis':
        out.push({ type: 'emphasis', children: fromMdast(node.children, locator), position });
        break;
      case 'delete':
        out.push({ type: 'delete', children: fromMdast(node.children, locator), position });
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value, position });
        break;
      case 'link':
        out.push({ type: 'link', url: node.url, title: node.title ?? null, children: fromMdast(node.children, locator), position });
        break;
      case 'image':
        out.push({ type: 'image', url: node.url, alt: node.alt ?? '', position });
        break;
      case 'break':
        out.push({ type: 'break', position });
        break;
      case 'html':
        out.push({ type: 'html', value: node.value, position });
        break;
      case 'linkReference':
      case 'imageReference':
      case 'footnoteReference':
        // References keep their visible text; definitions are not part of a plan.
        out.push({ type: 'text', value: locator.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0), position });
        break;
      default:
        break;
    }
  }
  return out;
}

/** The visible text of inlines; a hard break counts as one `\n`. */
export function plainText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'inlineCode':
        out += inline.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += inline.alt;
        break;
      case 'html':
        out += inline.value;
        break;
      default:
        out += plainText(inline.children);
    }
  }
  return out;
}

function withChildren(inline: Inline, children: Inline[]): Inline {
  return { ...inline, children } as Inline;
}

/**
 * Splits inlines at a plain-text index (as counted by `plainText`). Nodes that
 * straddle the index are cut in two; positions of cut text are narrowed when
 * the text maps one-to-one onto its source, else kept whole.
 */
export function splitAt(inlines: readonly Inline[], index: number, locator?: Locator): [Inline[], Inline[]] {
  const before: Inline[] = [];
  const after: Inline[] = [];
  let seen = 0;
  for (const inline of inlines) {
    const length = plainText([inline]).length;
    if (seen + length <= index) {
      before.push(inline);
    } else if (seen >= index) {
      after.push(inline);
    } else {
      const cut = index - seen;
      if (inline.type === 'text' || inline.type === 'inlineCode' || inline.type === 'html') {
        const [first, second] = cutPosition(inline.position, inline.value, cut, locator);
        if (cut > 0) before.push({ ...inline, value: inline.value.slice(0, cut), position: first });
        if (cut < inline.value.length) after.push({ ...inline, value: inline.value.slice(cut), position: second });
      } else if ('children' in inline) {
        const [left, right] = splitAt(inline.children, cut, locator);
        if (plainText(left).length > 0) before.push(withChildren(inline, left));
        if (plainText(right).length > 0) after.push(withChildren(inline, right));
      } else {
        before.push(inline);
      }
    }
    seen += length;
  }
  return [before, after];
}

function cutPosition(position: Position | null, value: string, cut: number, locator?: Locator): [Position | null, Position | null] {
  if (!position || !locator) return [position, position];
  const sourceLength = position.end.offset - position.start.offset;
  if (sourceLength !== value.length) return [position, position];
  const middle = position.start.offset + cut;
  return [locator.position(position.start.offset, middle), locator.position(middle, position.end.offset)];
}

/**
 * Splits inlines into lines at soft line breaks (`\n` in text) and hard
 * breaks, in one pass so that a paragraph of many thousand lines stays linear.
 */
export function splitLines(inlines: readonly Inline[], locator?: Locator): Inline[][] {
  const lines: Inline[][] = [[]];
  const current = (): Inline[] => lines[lines.length - 1] as Inline[];
  for (const inline of inlines) {
    if (inline.type === 'break') {
      lines.push([]);
    } else if (inline.type === 'text' && inline.value.includes('\n')) {
      const parts = inline.value.split('\n');
      const positions = linePartPositions(inline.position, parts, locator);
      parts.forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part.length > 0) current().push({ type: 'text', value: part, position: positions[index] ?? null });
      });
    } else if ('children' in inline) {
      splitLines(inline.children, locator).forEach((childLine, index) => {
        if (index > 0) lines.push([]);
        if (childLine.length > 0) current().push(withChildren(inline, childLine));
      });
    } else {
      current().push(inline);
    }
  }
  return lines;
}

/**
 * mdast drops the indentation of continuation lines from text values, so a
 * part of a text value is found at the end of its source line.
 */
function linePartPositions(position: Position | null, parts: string[], locator?: Locator): Array<Position | null> {
  if (!position || !locator) return parts.map(() => position);
  const sourceParts = locator.source.slice(position.start.offset, position.end.offset).split('\n');
  if (sourceParts.length !== parts.length) return parts.map(() => position);
  let offset = position.start.offset;
  return parts.map((part, index) => {
    const sourcePart = sourceParts[index] ?? '';
    const segmentEnd = offset + sourcePart.length;
    const start = sourcePart.endsWith(part) ? segmentEnd - part.length : offset;
    const result = locator.position(start, segmentEnd);
    offset = segmentEnd + 1;
    return result;
  });
}

/** Removes leading white space (ASCII and U+3000) from inlines. */
export function trimStart(inlines: readonly Inline[], locator?: Locator): Inline[] {
  const text = plainText(inlines);
  const leading = /^[\s\u3000]*/.exec(text)?.[0].length ?? 0;
  return leading === 0 ? [...inlines] : splitAt(inlines, leading, locator)[1];
}

const WHITE_SPACE = /\s/;

export function trimEnd(inlines: readonly Inline[], locator?: Locator): Inline[] {
  const text = plainText(inlines);
  // Walked back from the end: `/\s+$/` tries every run of spaces in a paragraph, for every heading and paragraph of a plan.
  let kept = text.length;
  while (kept > 0 && WHITE_SPACE.test(text[kept - 1] as string)) kept -= 1;
  return kept === text.length ? [...inlines] : splitAt(inlines, kept, locator)[0];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Joins the lines of one paragraph. Chinese text has no space between lines,
 * so a line end between two CJK characters disappears; elsewhere it becomes a
 * space, as a browser would render it.
 */
export function joinLines(lines: readonly Inline[][]): Inline[] {
  const out: Inline[] = [];
  let lastChar = '';
  for (const line of lines) {
    const text = plainText(line);
    if (text.length === 0) continue;
    if (out.length > 0 && !(CJK.test(lastChar) || CJK.test(text[0] ?? ''))) {
      out.push({ type: 'text', value: ' ', position: null });
    }
    out.push(...line);
    lastChar = text[text.length - 1] ?? '';
  }
  return mergeText(out);
}

/** Merges adjacent text nodes so consumers see whole runs. */
export function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out.at(-1);
    if (last && last.type === 'text' && inline.type === 'text') {
      const position =
        last.position && inline.position && last.position.end.offset === inline.position.start.offset
          ? { start: last.position.start, end: inline.position.end }
          : (last.position ?? inline.position);
      out[out.length - 1] = { type: 'text', value: last.value + inline.value, position };
    } else {
      out.push(inline);
    }
  }
  return out;
}
