import { AlignmentType, BorderStyle, LineRuleType, TableLayoutType, VerticalAlignTable, WidthType } from 'docx';
import { Paragraph, Table, TableCell, TableRow } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewTable } from '../view-model.js';
import { columnWidths } from '../layout/column-widths.js';
import { typeAreaWidthTwips } from '../layout/grid-metrics.js';
import { textRuns } from './runs.js';
import { ptToTwips } from '../layout/units.js';

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A GFM table across the type area: single rules, the header row in its own
 * font (黑体, not a bolded 仿宋) and repeated on every page, columns sized by their content, each cell aligned
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
        const font = header ? table.headerFont : table.font;
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
