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
  let widths: number[];
  if (sum <= total) {
    widths = natural.map((width) => (width / sum) * total);
  } else {
    // Water-filling: narrow columns keep their natural width, the widest ones share what is left and wrap.
    const floor = (MINIMUM_COLUMN_CHARACTERS + CELL_PADDING_CHARACTERS) * character;
    const sorted = [...natural].sort((a, b) => a - b);
    let cap = total / columns;
    let used = 0;
    for (let index = 0; index < sorted.length; index += 1) {
      const candidate = (total - used) / (sorted.length - index);
      if ((sorted[index] as number) >= candidate) {
        cap = candidate;
        break;
      }
      used += sorted[index] as number;
      cap = candidate;
    }
    cap = Math.max(cap, floor);
    widths = natural.map((width) => Math.min(width, cap));
    const left = total - widths.reduce((all, width) => all + width, 0);
    // Any rounding left over goes to the widest column.
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = (widths[widest] as number) + left;
  }
  return widths.map((width) => Math.floor(width));
}
