import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewTable } from '../view-model.js';
import { typeAreaWidthTwips } from './page-setup.js';
import { textRuns } from './runs.js';
import { ptToTwips, textWidthInCharacters } from './units.js';

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

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

/**
 * A GFM table across the type area: single rules, the header row bold and
 * repeated on every page, columns sized by their content, each cell aligned
 * as its column says (`:--:`).
 */
export function tableBlock(table: ViewTable, manifest: TemplateManifest): Table {
  const columns = Math.max(1, ...table.rows.map((row) => row.length));
  const widths = columnWidths(table, columns, typeAreaWidthTwips(manifest));
  const lineHeight = ptToTwips(table.font.sizePt * 1.5);
  const rows = table.rows.map((cells, rowIndex) => {
    const header = rowIndex === 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, column) => {
        const align = table.align[column] ?? null;
        const font = header ? { ...table.font, bold: true } : table.font;
        return new TableCell({
          width: { size: widths[column] as number, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              alignment: header ? AlignmentType.CENTER : align ? ALIGNMENT[align] : AlignmentType.LEFT,
              spacing: { line: lineHeight, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
              children: textRuns(cells[column] ?? [], font, 0, manifest.fonts.body),
            }),
          ],
        });
      }),
    });
  });
  return new Table({
    rows,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}
