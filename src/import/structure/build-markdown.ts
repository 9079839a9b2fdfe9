import { stringify } from 'yaml';
import type { ImportLine } from '../import-line.js';
import { classifyLine } from './classify-line.js';
import { escapeInline, escapeParagraph } from './escape-markdown.js';
import type { ExtractedMetadata } from './extract-metadata.js';

/** Markdown heading depth per level: parts are `#`, chapters and 一、 `##`, （一） `###`. */
const DEPTH: Partial<Record<string, number>> = { part: 1, chapter: 2, section: 2, '1': 2, '2': 3 };

export function frontMatterBlock(metadata: ExtractedMetadata & Record<string, unknown>): string {
  const entries = Object.entries(metadata).filter(([, value]) => value !== undefined && value !== '');
  if (entries.length === 0) return '';
  return `---\n${stringify(Object.fromEntries(entries), { lineWidth: 0 })}---\n\n`;
}

function tableBlock(rows: ImportLine[]): string {
  const width = Math.max(...rows.map((row) => row.cells?.length ?? 1));
  const line = (row: ImportLine): string => {
    // Inside a table a `|` ends the cell: escaped, unlike in a paragraph.
    const cell = (text: string): string => (row.markdown ? text : escapeInline(text.replace(/\s+/gu, ' ').trim()).replace(/\|/gu, '\\|')) || ' ';
    const cells = [...(row.cells ?? [row.text])];
    while (cells.length < width) cells.push('');
    return `| ${cells.map(cell).join(' | ')} |`;
  };
  const [header, ...body] = rows;
  const separator = `|${' --- |'.repeat(width)}`;
  return [line(header as ImportLine), separator, ...body.map(line)].join('\n');
}

/**
 * One block per line: a stand-alone marker line of the upper levels becomes
 * a heading at its level, every other line a paragraph of its own, which the
 * parser splits into a run-in section when it starts with a marker
 * (`1、……`, `（一）加强领导。……`). Plain text never becomes a heading.
 */
export function buildMarkdownBody(lines: readonly ImportLine[]): string {
  const blocks: string[] = [];
  let table: ImportLine[] = [];
  const flushTable = (): void => {
    if (table.length > 0) blocks.push(tableBlock(table));
    table = [];
  };
  for (const line of lines) {
    if (line.kind === 'table-row') {
      table.push(line);
      continue;
    }
    flushTable();
    const text = line.text.trim();
    if (text.length === 0) continue;
    const inline = line.markdown ? text : escapeInline(text);
    if (line.kind === 'quote') {
      blocks.push(`> ${line.markdown ? text : escapeParagraph(text)}`);
      continue;
    }
    if (line.planTitle) {
      // A Markdown heading of depth 1 without a marker is a part to the parser.
      blocks.push(`# ${inline}`);
      continue;
    }
    const role = classifyLine(text);
    const depth = role.level === null ? undefined : DEPTH[String(role.level)];
    if (depth !== undefined && role.standAlone) blocks.push(`${'#'.repeat(depth)} ${inline}`);
    // Markdown lines keep their syntax (lists, rules, links); only plain text is escaped.
    else blocks.push(line.markdown ? text : escapeParagraph(text));
  }
  flushTable();
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

export function buildMarkdown(metadata: ExtractedMetadata & Record<string, unknown>, lines: readonly ImportLine[]): string {
  return frontMatterBlock(metadata) + buildMarkdownBody(lines);
}
