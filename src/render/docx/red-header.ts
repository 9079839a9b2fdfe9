import { AlignmentType, BorderStyle, LineRuleType, TabStopType } from 'docx';
import { Paragraph } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewHeader } from '../view-model.js';
import { gridLinesFor, linePitchTwips, typeAreaWidthTwips } from '../layout/grid-metrics.js';
import { plainRun, tabRun } from './runs.js';
import { mmToPt, mmToTwips, ptToTwips } from '../layout/units.js';

/**
 * Where, in a line of exact height, LibreOffice draws a Chinese font's
 * glyphs, in font sizes above the line's foot: their top, their foot (with
 * the 〔〕 of a 发文字号). Measured in its PDFs with the fonts `plan`
 * substitutes (test/e2e/fidelity-docx.test.ts); Word places glyphs by the
 * metrics of the font it has, which may move them by a fraction of a
 * millimetre.
 */
const GLYPH_TOP_ABOVE_LINE_FOOT_EM = 1.2;
const GLYPH_FOOT_ABOVE_LINE_FOOT_EM = 0.39;

/**
 * The 版头 of an official document (GB/T 9704 7.2): 份号, 密级 and 紧急程度 on
 * the first lines at the left; the red 发文机关标志 centred with its top
 * `redHeaderTopMm` below the type area's top; two lines below it the
 * 发文字号 (centred, or at the left with the 签发人 at the right); and a red
 * rule across the type area 4 mm below the document number.
 */
export function redHeaderParagraphs(header: ViewHeader, manifest: TemplateManifest): Paragraph[] {
  const pitch = linePitchTwips(manifest);
  const onGrid = { line: pitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
  const paragraphs: Paragraph[] = [];
  const notices: Array<[string | null, 'docNumber' | 'headerNotice']> = [
    [header.copyNumber, 'headerNotice'],
    [header.classification, 'headerNotice'],
    [header.urgency, 'headerNotice'],
  ];
  for (const [text, role] of notices) {
    if (text !== null)
      paragraphs.push(new Paragraph({ spacing: onGrid, widowControl: false, children: [plainRun(text, manifest.fonts[role], 0, manifest.fonts.body)] }));
  }
  if (header.redHeader !== null) {
    const font = { ...manifest.fonts.redHeader, color: manifest.redColor };
    // The mark is taller than a grid line: it takes whole lines of the grid, placed by the space above it.
    const height = gridLinesFor(font.sizePt, manifest) * pitch;
    // GB/T 9704 7.2.4 places the mark's top edge, not its line's: the glyphs start below the line's top.
    const glyphTop = height - ptToTwips(font.sizePt * GLYPH_TOP_ABOVE_LINE_FOOT_EM);
    const before = Math.max(0, mmToTwips(manifest.options.redHeaderTopMm) - paragraphs.length * pitch - glyphTop);
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: height, lineRule: LineRuleType.EXACT, before, after: 2 * pitch },
        widowControl: false,
        children: [plainRun(header.redHeader, font, 0, manifest.fonts.body)],
      }),
    );
  }
  if (header.docNumber !== null) {
    const font = manifest.fonts.docNumber;
    const oneCharacter = ptToTwips(font.sizePt);
    const rule = header.redRule
      ? {
          border: {
            bottom: {
              style: BorderStyle.SINGLE,
              size: Math.round(manifest.rules.redRule.widthPt * 8),
              color: manifest.redColor,
              // The gap is the 发文字号's, measured from its glyphs' foot, which sits above its line's foot.
              space: Math.max(0, Math.round(mmToPt(manifest.rules.redRule.gapBelowDocNumberMm) - font.sizePt * GLYPH_FOOT_ABOVE_LINE_FOOT_EM)),
            },
          },
        }
      : {};
    if (header.signer !== null) {
      // 上行文: 发文字号 one character in from the left, 签发人 one character in from the right, on one line.
      paragraphs.push(
        new Paragraph({
          spacing: onGrid,
          indent: { left: oneCharacter, right: oneCharacter },
          tabStops: [{ type: TabStopType.RIGHT, position: typeAreaWidthTwips(manifest) - 2 * oneCharacter }],
          ...rule,
          children: [
            plainRun(header.docNumber, font, 0, manifest.fonts.body),
            tabRun(),
            plainRun(header.signer, manifest.fonts.signer, 0, manifest.fonts.body),
          ],
        }),
      );
    } else {
      paragraphs.push(
        new Paragraph({ spacing: onGrid, alignment: AlignmentType.CENTER, ...rule, children: [plainRun(header.docNumber, font, 0, manifest.fonts.body)] }),
      );
    }
  }
  return paragraphs;
}
