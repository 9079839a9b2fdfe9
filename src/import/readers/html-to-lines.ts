import { parseDocument } from 'htmlparser2';
import type { ImportLine } from '../import-line.js';

/** Minimal shape of htmlparser2's DOM nodes (domhandler), as far as we read it. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'head', 'template', 'svg', 'iframe', 'select', 'button', 'form']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'tr',
  'center',
  'address',
  'figure',
  'figcaption',
  'hr',
  'body',
  'html',
]);

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' && node.type !== 'root') return '';
  if (node.name && SKIPPED.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function cellsOf(row: DomNode): string[] {
  return (row.children ?? [])
    .filter((child) => child.type === 'tag' && (child.name === 'td' || child.name === 'th'))
    .map((cell) => textOf(cell).replace(/\s+/gu, ' ').trim());
}

function rowsOf(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  const walk = (node: DomNode): void => {
    for (const child of node.children ?? []) {
      if (child.type !== 'tag') continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name !== 'table') walk(child);
    }
  };
  walk(table);
  return rows;
}

function countDescendants(node: DomNode, names: ReadonlySet<string>): number {
  return (node.children ?? []).reduce((sum, child) => sum + (child.name !== undefined && names.has(child.name) ? 1 : 0) + countDescendants(child, names), 0);
}

const BLOCKS_IN_CELL = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li']);
const TABLE = new Set(['table']);

/**
 * Old government sites lay whole pages out in tables. A table whose cells
 * hold several paragraphs, nested tables or long text is layout, read as
 * running text; a table of short cells (one paragraph each, as Word's) is
 * data, kept as a table.
 */
function isDataTable(table: DomNode): boolean {
  return rowsOf(table).every((row) =>
    (row.children ?? [])
      .filter((child) => child.name === 'td' || child.name === 'th')
      .every((cell) => countDescendants(cell, TABLE) === 0 && countDescendants(cell, BLOCKS_IN_CELL) <= 1 && [...textOf(cell).trim()].length <= 80),
  );
}

/**
 * Reads the visible text of an HTML page (or of mammoth's rendering of a
 * Word file) as lines: one per block element or `<br>`, tables as rows of
 * cells. `line` counts the lines produced, the only positions HTML has.
 * A Word document's tables are always data (`tablesAreData`); a web page's
 * may be layout.
 */
export function htmlToLines(html: string, options: { tablesAreData?: boolean } = {}): ImportLine[] {
  const lines: ImportLine[] = [];
  let pending = '';
  const flush = (): void => {
    for (const raw of pending.split('\n')) {
      const text = raw.replace(/[\s\u3000\u00a0]+/gu, (space) => (space.includes('\u3000') ? '\u3000' : ' ')).trim();
      if (text.length > 0) lines.push({ text, line: lines.length + 1, kind: 'text' });
    }
    pending = '';
  };
  const walk = (node: DomNode): void => {
    if (node.type === 'tag' && node.name === 'table' && (options.tablesAreData === true || isDataTable(node))) {
      flush();
      for (const row of rowsOf(node)) {
        const cells = cellsOf(row);
        if (cells.some((cell) => cell.length > 0)) lines.push({ text: cells.join(' | '), cells, line: lines.length + 1, kind: 'table-row' });
      }
      return;
    }
    if (node.type === 'text') {
      pending += node.data ?? '';
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (node.name && SKIPPED.has(node.name)) return;
    if (node.name === 'br') {
      pending += '\n';
      return;
    }
    const block = node.name !== undefined && (BLOCKS.has(node.name) || node.name === 'td' || node.name === 'th');
    if (block) pending += '\n';
    for (const child of node.children ?? []) walk(child);
    if (block) pending += '\n';
  };
  walk(parseDocument(html) as unknown as DomNode);
  flush();
  return lines;
}
