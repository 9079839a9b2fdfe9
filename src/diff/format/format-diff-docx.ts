import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import type { FontRole, FontSpec } from '../../template/manifest-types.js';
import type { Change, PlanDiff } from '../diff-types.js';
import { describeChange, refLabel } from '../change-labels.js';

export interface DiffDocxOptions {
  oldFile: string;
  newFile: string;
  /** The template's fonts: the title, the header row (level 1) and the cells (table). */
  fonts: Readonly<Record<FontRole, FontSpec>>;
}

const MM_TO_TWIPS = 1440 / 25.4;
/** A4 turned on its side: three columns of Chinese text need the width. */
const PAGE = { widthMm: 297, heightMm: 210, marginMm: 20 };

/**
 * The 修订对照表 offices attach to a revised document: a title, then a table
 * 原文 | 修改后 | 说明 with one row per change, set in the template's fonts.
 * Built with the docx library's public API only.
 */
export async function formatDiffDocx(diff: PlanDiff, options: DiffDocxOptions): Promise<Uint8Array> {
  const { fonts } = options;
  const header = new TableRow({
    tableHeader: true,
    children: ['原文', '修改后', '说明'].map((text) => new TableCell({ children: [paragraph(text, fonts.level1, AlignmentType.CENTER)] })),
  });
  const rows = diff.changes.map(
    (change) =>
      new TableRow({
        cantSplit: false,
        children: [oldSide(change), newSide(change), [describeChange(change).zh]].map(
          (lines) =>
            new TableCell({
              children: lines.length === 0 ? [paragraph('', fonts.table)] : lines.map((line) => paragraph(line, fonts.table)),
            }),
        ),
      }),
  );
  const widthTwips = Math.round((PAGE.widthMm - 2 * PAGE.marginMm) * MM_TO_TWIPS);
  const columns = [0.36, 0.36, 0.28].map((share) => Math.round(widthTwips * share));
  const document = new Document({
    creator: 'gongwen-plan',
    title: '修订对照表',
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(PAGE.heightMm * MM_TO_TWIPS), height: Math.round(PAGE.widthMm * MM_TO_TWIPS), orientation: PageOrientation.LANDSCAPE },
            margin: { top: mm(PAGE.marginMm), bottom: mm(PAGE.marginMm), left: mm(PAGE.marginMm), right: mm(PAGE.marginMm) },
          },
        },
        children: [
          paragraph('修订对照表', fonts.title, AlignmentType.CENTER),
          paragraph(`原文：${options.oldFile}　修改后：${options.newFile}`, fonts.table, AlignmentType.CENTER),
          diff.changes.length === 0
            ? paragraph('两份计划没有变化。', fonts.body)
            : new Table({ width: { size: widthTwips, type: WidthType.DXA }, columnWidths: columns, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function oldSide(change: Change): string[] {
  if (change.old === null) return [];
  const lines = [refLabel(change.old)];
  if (change.kind === 'changed') for (const sentence of change.sentences ?? []) if (sentence.old !== null) lines.push(sentence.old);
  return lines;
}

function newSide(change: Change): string[] {
  if (change.new === null) return [];
  const lines = [refLabel(change.new)];
  if (change.kind === 'changed') for (const sentence of change.sentences ?? []) if (sentence.new !== null) lines.push(sentence.new);
  return lines;
}

function paragraph(text: string, font: FontSpec, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT): Paragraph {
  return new Paragraph({ alignment, children: [new TextRun({ text, ...run(font) })] });
}

function run(font: FontSpec): IRunOptions {
  return {
    font: { eastAsia: font.eastAsia[0] as string, ascii: font.latin, hAnsi: font.latin, hint: 'eastAsia' },
    size: Math.round(font.sizePt * 2),
    bold: font.bold,
    color: font.color,
  };
}

function mm(value: number): number {
  return Math.round(value * MM_TO_TWIPS);
}
