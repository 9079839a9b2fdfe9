import type { TemplateManifest } from '../../template/manifest-types.js';
import type { DocumentView, ViewBlock, ViewParagraph, ViewRun, ViewTable } from '../view-model.js';
import { columnWidths } from './column-widths.js';
import { gridLinesFor, linePitchTwips, typeAreaHeightTwips, typeAreaWidthTwips } from './grid-metrics.js';
import { mmToPt, mmToTwips, ptToTwips, textWidthInCharacters } from './units.js';

/** Where the text ends: on which page (1-based) and how far down it, in twips from the type area's top. */
export interface TextEnd {
  page: number;
  used: number;
}

function runsText(runs: readonly ViewRun[] | null): string {
  return (runs ?? []).map((run) => (run.type === 'text' ? run.text : '\n')).join('');
}

/**
 * Follows the document down the line grid to find where its text ends, so
 * that the 版记 can be put at the foot of the right page. Body text sits on
 * the grid (22 lines of 28 characters, line-breaking exceptions aside), so
 * counting characters predicts the engines' pages closely; tables are
 * estimated from their column widths.
 */
export function estimateTextEnd(view: DocumentView, manifest: TemplateManifest): TextEnd {
  const pitch = linePitchTwips(manifest);
  const pageHeight = typeAreaHeightTwips(manifest);
  const perLine = manifest.grid.charactersPerLine;
  let page = 1;
  let used = 0;
  const newPage = (): void => {
    page += 1;
    used = 0;
  };
  /** Adds a block that cannot split (a table row, a title line). */
  const whole = (height: number): void => {
    if (used + height > pageHeight && used > 0) newPage();
    used += height;
  };
  /** Adds text lines, which flow on to the next page. */
  const lines = (count: number, height = pitch): void => {
    for (let index = 0; index < count; index += 1) whole(height);
  };
  const textLines = (text: string, indent: number): number =>
    text.split('\n').reduce((count, line) => count + Math.max(1, Math.ceil((indent + textWidthInCharacters(line)) / perLine)), 0);

  const header = view.header;
  const notices = [header.copyNumber, header.classification, header.urgency].filter((item) => item !== null).length;
  lines(notices);
  if (header.redHeader !== null) {
    used += Math.max(0, mmToTwips(manifest.options.redHeaderTopMm) - notices * pitch);
    used += (gridLinesFor(manifest.fonts.redHeader.sizePt, manifest) + 2) * pitch;
  }
  if (header.docNumber !== null) {
    lines(1);
    // The red rule below it adds its distance and its width.
    if (header.redRule) used += ptToTwips(mmToPt(manifest.rules.redRule.gapBelowDocNumberMm) + manifest.rules.redRule.widthPt);
  }
  if (notices > 0 || header.redHeader !== null || header.docNumber !== null) lines(2);
  if (view.title) {
    lines(view.title.lines.length, gridLinesFor(view.title.font.sizePt, manifest) * pitch);
    lines(1);
  }
  if (view.recipients !== null) lines(textLines(view.recipients, 0));
  const paragraphLines = (block: ViewParagraph): number =>
    textLines(block.prefix + runsText(block.runs), block.verbatim ? block.indentCharacters : 2 + block.indentCharacters);
  const flow = (blocks: readonly ViewBlock[]): void => {
    blocks.forEach((block, index) => {
      switch (block.type) {
        case 'heading':
          if (block.pageBreakBefore && used > 0) newPage();
          if (block.alignment === 'centered') lines(textLines(block.marker + runsText(block.title), 0), gridLinesFor(block.font.sizePt, manifest) * pitch);
          else lines(textLines(block.marker + runsText(block.title) + runsText(block.runIn), 2));
          break;
        case 'paragraph':
          lines(paragraphLines(block));
          break;
        case 'table':
          for (const height of tableRows(block, manifest)) whole(height);
          // The grid the next line snaps back to, and the empty line between two tables.
          used = Math.ceil(used / pitch) * pitch;
          if (blocks[index + 1]?.type === 'table') lines(1);
          break;
      }
    });
  };
  flow(view.blocks);
  const closing =
    (view.attachments.length > 0 ? 1 + view.attachments.length : 0) +
    (view.signature !== null || view.date !== null ? 1 + (view.signature !== null ? 1 : 0) + (view.date !== null ? 1 : 0) : 0) +
    (view.notes !== null ? textLines(view.notes, 2) : 0);
  // The closing lines are one block, kept with the whole last paragraph of the body (GB/T 9704 7.3.5: no 署名
  // alone on a page); that paragraph goes over with them when they do not fit under it.
  const last = view.blocks.at(-1);
  const lastText = last?.type === 'paragraph' ? paragraphLines(last) * pitch : 0;
  if (closing > 0 && used > 0 && used + closing * pitch > pageHeight && lastText + closing * pitch <= pageHeight) {
    newPage();
    used = lastText;
  }
  lines(closing);
  for (const attachment of view.appendices) {
    if (attachment.newPage && used > 0) newPage();
    lines(1);
    if (attachment.title) {
      lines(attachment.title.lines.length, gridLinesFor(attachment.title.font.sizePt, manifest) * pitch);
      lines(1);
    }
    flow(attachment.blocks);
  }
  return { page, used };
}

/** Heights of a table's rows in twips: the tallest cell of each row, 1.5 lines of the table font per line. */
function tableRows(table: ViewTable, manifest: TemplateManifest): number[] {
  const columns = Math.max(1, ...table.rows.map((row) => row.length));
  const widths = columnWidths(table, columns, typeAreaWidthTwips(manifest));
  const character = ptToTwips(table.font.sizePt);
  const lineHeight = ptToTwips(table.font.sizePt * 1.5);
  // Cell margins of Word's default table style, left and right.
  const margins = 216;
  return table.rows.map((row) => {
    const tallest = Math.max(
      1,
      ...row.map((cell, column) => {
        const room = Math.max(1, Math.floor(((widths[column] ?? character) - margins) / character));
        return Math.max(1, Math.ceil(textWidthInCharacters(runsText(cell)) / room));
      }),
    );
    return tallest * lineHeight + 20;
  });
}
