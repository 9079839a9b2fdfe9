import { Chalk } from 'chalk';
import { displayWidth, padToWidth } from '../../i18n/display-width.js';
import type { Lang } from '../../i18n/text.js';
import type { Target } from '../target-types.js';
import { summaryColumns } from './summary-columns.js';

export interface TargetsTableOptions {
  lang: Lang;
  color: boolean;
  withFile: boolean;
}

/** Past this many columns a subject is cut with `…`, so that rows stay on one terminal line. */
const MAX_CELL = 30;

/**
 * The default output: a table for the terminal, its columns lined up by
 * display width (a Chinese character takes two columns), then a count.
 */
export function formatTargetsTable(targets: readonly Target[], options: TargetsTableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const zh = options.lang === 'zh';
  if (targets.length === 0) return `${zh ? '没有找到量化目标。' : 'No quantified targets found.'}\n`;
  const { headings, rows } = summaryColumns(targets, options.lang, options.withFile);
  const cut = rows.map((row) => row.map((cell) => truncate(cell, MAX_CELL)));
  const widths = headings.map((heading, column) => Math.max(displayWidth(heading), ...cut.map((row) => displayWidth(row[column] ?? ''))));
  const goalColumn = headings.length - 3;
  const line = (cells: readonly string[], paint?: (text: string, column: number) => string): string =>
    cells
      .map((cell, column) => {
        const padded = padToWidth(cell, widths[column] ?? 0);
        return paint ? paint(padded, column) : padded;
      })
      .join('  ')
      .trimEnd();
  const out = [line(headings, (text) => chalk.bold(text)), ...cut.map((row) => line(row, (text, column) => (column === goalColumn ? chalk.cyan(text) : text)))];
  out.push('', zh ? `共 ${targets.length} 项量化目标` : `${targets.length} quantified target${targets.length === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}

function truncate(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  for (const character of text) {
    if (displayWidth(`${out}${character}…`) > columns) break;
    out += character;
  }
  return `${out}…`;
}
