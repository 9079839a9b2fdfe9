import type { ViewTable } from '../view-model.js';
import { ptToTwips, textWidthInCharacters } from './units.js';

/** Columns never narrower than this many characters, unless their content is. */
const MINIMUM_COLUMN_CHARACTERS = 4;
/** Room for the cell margins and a bold header, in characters. */
const CELL_PADDING_CHARACTERS = 1;

function cellText(runs: ViewTable['rows'][number][number]): string {
  return runs.map((run) => (run.type === 'text' ? run.text : '')).join('');
}

/**
 * Column widths that fill the type area in proportion to the widest cell of
 * each column, so that 序号 stays narrow and a column of names gets the
 * room; when the content is wider than the page, the narrow columns keep
 * their width and only the widest ones wrap.
 */
export function columnWidths(table: ViewTable, columns: number, total: number): number[] {
  const character = ptToTwips(table.font.sizePt);
  const natural = Array.from({ length: columns }, (_, column) => {
    const widest = Math.max(1, ...table.rows.map((row) => textWidthInCharacters(cellText(row[column] ?? []))));
    return (widest + CELL_PADDING_CHARACTERS) * character;
  });
  const sum = natural.reduce((all, width) => all + width, 0);
  const widths = sum <= total ? natural.map((width) => (width / sum) * total) : waterFilled(natural, total, character);
  return wholeTwips(widths, total);
}

/**
 * Narrow columns keep their natural width, the widest ones share what is
 * left and wrap: every column is its natural width capped at one level,
 * found by bisection, so that together they fill `total` exactly. No column
 * is capped below a few characters, unless there are so many columns that
 * an equal share is less.
 */
function waterFilled(natural: readonly number[], total: number, character: number): number[] {
  const floor = Math.min((MINIMUM_COLUMN_CHARACTERS + CELL_PADDING_CHARACTERS) * character, total / natural.length);
  const at = (cap: number): number[] => natural.map((width) => Math.min(width, Math.max(cap, Math.min(width, floor))));
  const filled = (cap: number): number => at(cap).reduce((all, width) => all + width, 0);
  let low = 0;
  let high = Math.max(...natural);
  for (let step = 0; step < 40; step += 1) {
    const middle = (low + high) / 2;
    if (filled(middle) > total) high = middle;
    else low = middle;
  }
  return at(low);
}

/**
 * Whole twips that add up to `total`, what rounding leaves over going to the
 * widest column: the table is the type area's width exactly, and its
 * `w:gridCol` widths (which WPS lays it out from) add up to its `w:tblW`
 * (Word's).
 */
function wholeTwips(widths: readonly number[], total: number): number[] {
  const whole = widths.map((width) => Math.max(1, Math.floor(width)));
  const left = Math.floor(total) - whole.reduce((all, width) => all + width, 0);
  const widest = whole.indexOf(Math.max(...whole));
  if (left > 0) whole[widest] = (whole[widest] as number) + left;
  return whole;
}
