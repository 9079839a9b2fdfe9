import type { Block, Inline, PlanDocument, Position, Section } from '../../../src/plan/types.js';

/** `line:column-line:column`, or `-` for a generated node. */
export function at(position: Position | null): string {
  return position ? `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}` : '-';
}

function inlineText(inlines: readonly Inline[]): string {
  return (
    inlines
      // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every inline type, as TypeScript checks.
      .map((inline) => {
        switch (inline.type) {
          case 'text':
            return inline.value;
          case 'inlineCode':
            return `\`${inline.value}\``;
          case 'break':
            return '⏎';
          case 'image':
            return `![${inline.alt}]`;
          case 'html':
            return inline.value;
          case 'strong':
            return `**${inlineText(inline.children)}**`;
          case 'emphasis':
            return `*${inlineText(inline.children)}*`;
          case 'delete':
            return `~~${inlineText(inline.children)}~~`;
          case 'link':
            return `[${inlineText(inline.children)}](${inline.url})`;
        }
      })
      .join('')
  );
}

export function blockSummary(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `p ${inlineText(block.children)} @${at(block.position)}`;
    case 'table':
      return `table ${block.rows.map((row) => row.cells.map((cell) => inlineText(cell.children)).join('|')).join(' / ')} @${at(block.position)}`;
    case 'list':
      return `list${block.ordered ? ' ordered' : ''} ${block.items.map((item) => `${item.number ?? '-'}:${item.children.map(blockSummary).join(';')}`).join(' ')} @${at(block.position)}`;
    case 'quote':
      return `quote [${block.children.map(blockSummary).join('; ')}] @${at(block.position)}`;
    case 'code':
      return `code ${block.value} @${at(block.position)}`;
    case 'html':
      return `html ${block.value} @${at(block.position)}`;
    case 'thematicBreak':
      return `hr @${at(block.position)}`;
  }
}

/**
 * One line per section: level, marker as written with its position, title
 * with its position and closing punctuation, run-in flag, heading source;
 * then its body blocks; children indented. Whole trees compare as text.
 */
export function treeSummary(document: PlanDocument): string[] {
  const lines: string[] = [];
  const walk = (sections: readonly Section[], depth: number): void => {
    for (const section of sections) {
      const indent = '  '.repeat(depth);
      const marker = section.marker ? `${section.marker.raw}@${at(section.marker.position)}` : '∅';
      const terminator = section.title.terminator ? ` end=${section.title.terminator}` : '';
      const runIn = section.runIn ? ' run-in' : '';
      lines.push(
        `${indent}[${String(section.level)}] ${marker} “${section.title.text}”@${at(section.title.position)}${terminator}${runIn} ${section.headingSource} #${section.marker?.ordinal ?? '-'} span=${at(section.position)}`,
      );
      for (const block of section.body) lines.push(`${indent}  | ${blockSummary(block)}`);
      walk(section.children, depth + 1);
    }
  };
  for (const block of document.preamble) lines.push(`| ${blockSummary(block)}`);
  walk(document.sections, 0);
  return lines;
}
