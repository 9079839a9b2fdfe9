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
import { ptToTwips } from './units.js';

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A GFM table across the type area: single rules, the header row bold and
 * repeated on every page, columns as wide as the type area allows in equal
 * parts, each cell aligned as its column says (`:--:`).
 */
export function tableBlock(table: ViewTable, manifest: TemplateManifest): Table {
  const columns = Math.max(1, ...table.rows.map((row) => row.length));
  const width = typeAreaWidthTwips(manifest);
  const columnWidth = Math.floor(width / columns);
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
          width: { size: columnWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              alignment: header ? AlignmentType.CENTER : align ? ALIGNMENT[align] : AlignmentType.LEFT,
              spacing: { line: lineHeight, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
              children: textRuns(cells[column] ?? [], font, 0),
            }),
          ],
        });
      }),
    });
  });
  return new Table({
    rows,
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}
