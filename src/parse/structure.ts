import type { BlockContent, DefinitionContent, Heading, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import { levelRank } from '../plan/levels.js';
import type {
  Attachment,
  Block,
  Inline,
  ListItemBlock,
  Marker,
  PlanDocument,
  Position,
  Section,
  SectionLevel,
  SectionTitle,
  HeadingSource,
} from '../plan/types.js';
import { formatMarker } from '../plan/format-marker.js';
import { fromMdast, joinLines, plainText, positionOf, splitAt, splitLines, trimEnd, trimStart } from './inlines.js';
import type { Locator } from './locator.js';
import { matchMarker, matchPartSuffix, type MarkerMatch } from './markers.js';
import { looksLikeTitle, matchAttachmentHeading, matchAttachmentLine, type AttachmentLabelMatch } from './attachment-label.js';
import { splitRunIn } from './run-in.js';

/** Markdown heading depth → level, for headings written without a marker. */
const DEPTH_LEVELS: Record<number, SectionLevel> = { 1: 'part', 2: 1, 3: 2, 4: 3, 5: 4, 6: 5 };

interface Container {
  children: Section[];
  body: Block[];
}

/**
 * Builds the plan tree from mdast. The tree follows the markers, not the
 * Markdown nesting: a section closes when a marker of the same or a higher
 * level starts, whatever its heading depth or paragraph it stands in.
 */
export class StructureBuilder {
  private readonly stack: Section[] = [];
  /** The body's sections, or the open attachment's once a 附件 label has been read. */
  private root: Container;
  /** The attachment being read, if any: everything after its label belongs to it. */
  private attachment: Attachment | null = null;
  /** An attachment whose label had no title: the heading or short line right after it is the title. */
  private awaitingTitle: Attachment | null = null;

  constructor(
    private readonly document: PlanDocument,
    private readonly locator: Locator,
  ) {
    this.root = { children: document.sections, body: document.preamble };
  }

  build(tree: Root): void {
    for (const node of tree.children) this.topLevel(node);
    for (const section of this.document.sections) closePosition(section, this.locator);
    for (const attachment of this.document.attachments) closeAttachment(attachment, this.locator);
  }

  private get current(): Container {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  private topLevel(node: RootContent): void {
    // Only a heading or a line of text can be an attachment's title; comments (plan-disable) are transparent.
    if (node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'html') this.awaitingTitle = null;
    switch (node.type) {
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
        return;
      case 'heading':
        this.heading(node);
        break;
      case 'paragraph':
        this.paragraph(node);
        break;
      case 'list':
        if (node.ordered) this.orderedList(node);
        else this.addBody(this.block(node));
        break;
      default: {
        const block = this.block(node);
        if (block) this.addBody(block);
      }
    }
  }

  private addBody(block: Block | null): void {
    if (block) this.current.body.push(block);
  }

  private heading(node: Heading): void {
    const inlines = trimStart(fromMdast(node.children, this.locator), this.locator);
    const text = plainText(inlines);
    const position = positionOf(node, this.locator);
    const label = matchAttachmentHeading(text);
    if (label) {
      this.openAttachment(label, inlines, 'heading', node.depth, position);
      return;
    }
    const marker = matchMarker(text);
    const awaiting = this.awaitingTitle;
    this.awaitingTitle = null;
    if (marker) {
      this.openMarked(marker, inlines, 'heading', node.depth, position);
      return;
    }
    if (awaiting && !matchPartSuffix(text)) {
      awaiting.title = { text: text.trim(), children: inlines, source: 'heading', position: spanOf([inlines], this.locator) ?? position };
      return;
    }
    const part = matchPartSuffix(text);
    if (part) {
      const [titleInlines] = splitAt(inlines, part.markerStart, this.locator);
      this.openSection('part', this.marker(part.marker, position, 'last'), trimEnd(titleInlines, this.locator), 'heading', node.depth, position);
      return;
    }
    // The first level-1 heading before any section is the document's title, even after a preamble.
    if (node.depth === 1 && this.attachment === null && this.document.sections.length === 0 && this.document.title?.source !== 'heading') {
      this.document.title = { text: plainText(inlines).trim(), source: 'heading', position };
      this.document.metadata.title ??= this.document.title.text;
      return;
    }
    const level = DEPTH_LEVELS[node.depth] ?? 5;
    const generated = this.document.numbering === 'auto' ? this.generatedMarker(level) : null;
    this.openSection(level, generated, inlines, 'heading', node.depth, position);
  }

  private paragraph(node: Paragraph): void {
    const startLine = node.position?.start.line ?? null;
    this.paragraphLines(splitLines(fromMdast(node.children, this.locator), this.locator), startLine);
  }

  /**
   * CommonMark merges consecutive lines into one paragraph; every line that
   * starts with a marker opens a section, the other lines are body text.
   */
  private paragraphLines(lines: Inline[][], startLine: number | null): void {
    let pending: Inline[][] = [];
    const flush = (): void => {
      if (pending.length === 0) return;
      const children = joinLines(pending.map((line) => trimEnd(trimStart(line, this.locator), this.locator)));
      if (children.length > 0) this.addBody({ type: 'paragraph', children, position: spanOf(pending, this.locator) });
      pending = [];
    };
    lines.forEach((line, index) => {
      const trimmed = trimStart(line, this.locator);
      const text = plainText(trimmed);
      const linePosition = startLine === null ? null : this.linePosition(startLine + index);
      const label = matchAttachmentLine(text);
      if (label) {
        flush();
        this.openAttachment(label, trimmed, 'line', null, linePosition);
        return;
      }
      const awaiting = this.awaitingTitle;
      this.awaitingTitle = null;
      const marker = matchMarker(text);
      if (marker) {
        flush();
        this.openMarked(marker, trimmed, 'paragraph', null, linePosition);
        return;
      }
      const part = matchPartSuffix(text);
      if (part) {
        flush();
        const [titleInlines] = splitAt(trimmed, part.markerStart, this.locator);
        this.openSection('part', this.marker(part.marker, linePosition, 'last'), trimEnd(titleInlines, this.locator), 'line', null, linePosition);
        return;
      }
      if (awaiting && pending.length === 0 && looksLikeTitle(text)) {
        const children = trimEnd(trimmed, this.locator);
        awaiting.title = { text: text.trim(), children, source: 'line', position: spanOf([children], this.locator) ?? linePosition };
        return;
      }
      pending.push(line);
    });
    flush();
  }

  /**
   * CommonMark renumbers ordered lists from their first number; the plan
   * keeps the numbers as written, read from the source at each item.
   */
  private orderedList(node: List): void {
    for (const item of node.children) this.orderedItem(item);
  }

  private orderedItem(item: ListItem): void {
    const offset = item.position?.start.offset;
    const literal = this.listNumber(item);
    const ordinal = literal ? Number.parseInt(literal[1] ?? '0', 10) : 0;
    // `0.` is no ordinal of a plan: the item stays a list in the body.
    if (!literal || offset === undefined || ordinal === 0) {
      this.addBody(this.block(item));
      return;
    }
    const [first, ...rest] = item.children;
    const headingInlines = first?.type === 'paragraph' ? fromMdast(first.children, this.locator) : [];
    const [headingLine = [], ...moreLines] = splitLines(headingInlines, this.locator);
    const startLine = item.position?.start.line;
    const headingPosition = startLine === undefined ? positionOf(item, this.locator) : this.linePosition(startLine);
    const ordinalText = literal[1] ?? '';
    const punctuation = literal[2] ?? '';
    const raw = ordinalText + punctuation;
    const markerStart = offset + literal[0].indexOf(raw);
    const marker: Marker = {
      level: 3,
      form: 'arabic',
      ordinal,
      raw,
      ordinalText,
      brackets: null,
      punctuation,
      digitWidth: 'half',
      generated: false,
      position: this.locator.position(markerStart, markerStart + raw.length),
    };
    this.openSection(3, marker, trimStart(headingLine, this.locator), 'list-item', null, headingPosition);
    if (first?.type === 'paragraph') {
      // The rest of the item's first paragraph: its own lines may start further markers.
      this.paragraphLines(moreLines, startLine === undefined ? null : startLine + 1);
    } else if (first) {
      this.itemChild(first);
    }
    for (const child of rest) this.itemChild(child);
  }

  private itemChild(child: BlockContent | DefinitionContent): void {
    if (child.type === 'paragraph') this.paragraph(child);
    else this.addBody(this.block(child));
  }

  /**
   * A 附件 label closes the body (or the attachment before it): what follows
   * is the new attachment's, its numbering starting again.
   */
  private openAttachment(
    match: AttachmentLabelMatch,
    inlines: Inline[],
    source: 'heading' | 'line',
    depth: number | null,
    linePosition: Position | null,
  ): void {
    const attachment: Attachment = {
      type: 'attachment',
      label: match.label,
      number: match.number,
      title: null,
      labelPosition: linePosition,
      labelSource: source,
      labelDepth: depth,
      preamble: [],
      sections: [],
      position: linePosition,
    };
    if (match.titleStart !== null) {
      const [, titleInlines] = splitAt(inlines, match.titleStart, this.locator);
      const children = trimEnd(trimStart(titleInlines, this.locator), this.locator);
      attachment.title = { text: plainText(children).trim(), children, source: 'label', position: spanOf([children], this.locator) };
    }
    this.document.attachments.push(attachment);
    this.attachment = attachment;
    this.awaitingTitle = attachment.title === null ? attachment : null;
    this.stack.length = 0;
    this.root = { children: attachment.sections, body: attachment.preamble };
  }

  private openMarked(match: MarkerMatch, inlines: Inline[], source: HeadingSource, depth: number | null, linePosition: Position | null): void {
    const [, titleInlines] = splitAt(inlines, match.titleStart, this.locator);
    const { titleStart: _titleStart, ...fields } = match;
    void _titleStart;
    this.openSection(match.level, this.marker(fields, linePosition, 'first'), titleInlines, source, depth, linePosition);
  }

  /**
   * Finds the marker's literal text in its source line, past indentation and
   * emphasis; a `标题 篇1` part marker is the last occurrence on the line.
   */
  private marker(fields: Omit<Marker, 'position' | 'generated'>, linePosition: Position | null, occurrence: 'first' | 'last'): Marker {
    let position: Position | null = null;
    if (linePosition) {
      const lineText = this.locator.source.slice(linePosition.start.offset, linePosition.end.offset);
      const found = occurrence === 'first' ? lineText.indexOf(fields.raw) : lineText.lastIndexOf(fields.raw);
      if (found !== -1) {
        const start = linePosition.start.offset + found;
        position = this.locator.position(start, start + fields.raw.length);
      }
    }
    return { ...fields, generated: false, position };
  }

  private generatedMarker(level: SectionLevel): Marker {
    const parent = this.parentFor(level);
    const ordinal = parent.children.filter((child) => child.level === level).length + 1;
    return { ...formatMarker(level, ordinal), generated: true, position: null };
  }

  private parentFor(level: SectionLevel): Container {
    for (let index = this.stack.length - 1; index >= 0; index -= 1) {
      const candidate = this.stack[index] as Section;
      if (levelRank(candidate.level) < levelRank(level)) return candidate;
    }
    return this.root;
  }

  private openSection(
    level: SectionLevel,
    marker: Marker | null,
    titleInlines: Inline[],
    headingSource: HeadingSource,
    headingDepth: number | null,
    headingPosition: Position | null,
  ): void {
    const split = splitRunIn(titleInlines, this.locator);
    const title: SectionTitle = {
      text: plainText(split.title).trim(),
      children: split.title,
      terminator: split.terminator,
      position: spanOf([split.title], this.locator),
    };
    const section: Section = {
      type: 'section',
      level,
      marker,
      title,
      runIn: split.body.length > 0,
      headingSource,
      headingDepth,
      headingPosition,
      body: [],
      children: [],
      position: headingPosition,
    };
    while (this.stack.length > 0 && levelRank((this.stack[this.stack.length - 1] as Section).level) >= levelRank(level)) {
      this.stack.pop();
    }
    this.current.children.push(section);
    this.stack.push(section);
    if (split.body.length > 0) {
      section.body.push({ type: 'paragraph', children: split.body, position: spanOf([split.body], this.locator) });
    }
  }

  private linePosition(line: number): Position {
    return this.locator.position(this.locator.lineStart(line), this.locator.lineEnd(line));
  }

  private block(node: RootContent | ListItem): Block | null {
    const position = positionOf(node, this.locator);
    switch (node.type) {
      case 'paragraph': {
        const lines = splitLines(fromMdast(node.children, this.locator), this.locator);
        return { type: 'paragraph', children: joinLines(lines.map((line) => trimEnd(trimStart(line, this.locator), this.locator))), position };
      }
      case 'heading':
        return { type: 'paragraph', children: fromMdast(node.children, this.locator), position };
      case 'list':
        return {
          type: 'list',
          ordered: node.ordered === true,
          items: node.children.map((item) => this.listItem(item)),
          position,
        };
      case 'listItem':
        return { type: 'list', ordered: true, items: [this.listItem(node)], position };
      case 'table':
        return this.table(node, position);
      case 'blockquote':
        return { type: 'quote', children: this.blocks(node.children), position };
      case 'code':
        return { type: 'code', lang: node.lang ?? null, value: node.value, position };
      case 'html':
        return { type: 'html', value: node.value, position };
      case 'thematicBreak':
        return { type: 'thematicBreak', position };
      default:
        return null;
    }
  }

  private blocks(nodes: ReadonlyArray<RootContent>): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      const block = this.block(node);
      if (block) out.push(block);
    }
    return out;
  }

  /** The number an ordered-list item was written with (`3.` or `3)`), read from the source. */
  private listNumber(item: ListItem): RegExpExecArray | null {
    const offset = item.position?.start.offset;
    return offset === undefined ? null : /^[ \t]*([0-9]{1,9})([.)])[ \t]*/.exec(this.locator.source.slice(offset, offset + 20));
  }

  private listItem(item: ListItem): ListItemBlock {
    const literal = this.listNumber(item);
    return {
      type: 'listItem',
      number: literal ? Number.parseInt(literal[1] ?? '0', 10) : null,
      checked: item.checked ?? null,
      children: this.blocks(item.children),
      position: positionOf(item, this.locator),
    };
  }

  private table(node: Table, position: Position | null): Block {
    return {
      type: 'table',
      align: (node.align ?? []).map((align) => align ?? null),
      rows: node.children.map((row) => ({
        cells: row.children.map((cell) => ({ children: fromMdast(cell.children, this.locator), position: positionOf(cell, this.locator) })),
        position: positionOf(row, this.locator),
      })),
      position,
    };
  }
}

/** The position of the first text inside an inline: a title's span starts at its text, not at `**`. */
function firstPosition(inline: Inline): Position | null {
  if ('children' in inline) {
    for (const child of inline.children) {
      const found = firstPosition(child);
      if (found) return found;
    }
  }
  return inline.position;
}

function lastPosition(inline: Inline): Position | null {
  if ('children' in inline) {
    for (let index = inline.children.length - 1; index >= 0; index -= 1) {
      const found = lastPosition(inline.children[index] as Inline);
      if (found) return found;
    }
  }
  return inline.position;
}

/** The source span covered by some lines of inlines, or null without positions. */
function spanOf(lines: readonly Inline[][], locator: Locator): Position | null {
  let start: Position | null = null;
  let end: Position | null = null;
  for (const line of lines) {
    for (const inline of line) {
      start ??= firstPosition(inline);
      end = lastPosition(inline) ?? end;
    }
  }
  if (!start || !end) return null;
  return locator.position(start.start.offset, Math.max(start.start.offset, end.end.offset));
}

/** An attachment runs from its label to the end of its last block or section. */
function closeAttachment(attachment: Attachment, locator: Locator): void {
  let end = attachment.labelPosition?.end.offset ?? -1;
  end = Math.max(end, attachment.title?.position?.end.offset ?? -1);
  for (const block of attachment.preamble) end = Math.max(end, block.position?.end.offset ?? -1);
  for (const section of attachment.sections) end = Math.max(end, closePosition(section, locator));
  if (attachment.labelPosition && end >= 0) attachment.position = locator.position(attachment.labelPosition.start.offset, end);
}

/** A section's position runs from its heading to the end of its last descendant. */
function closePosition(section: Section, locator: Locator): number {
  let end = section.headingPosition?.end.offset ?? -1;
  for (const block of section.body) end = Math.max(end, block.position?.end.offset ?? -1);
  for (const child of section.children) end = Math.max(end, closePosition(child, locator));
  if (section.headingPosition && end >= 0) {
    section.position = locator.position(section.headingPosition.start.offset, end);
  }
  return end;
}
