import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType, type IBorderOptions } from 'docx';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewImprint } from '../view-model.js';
import { typeAreaWidthTwips } from './page-setup.js';
import { plainRun, tabRun } from './runs.js';
import { mmToEighthPoints, ptToTwips } from './units.js';

/**
 * The 版记 (GB/T 9704 7.4): 抄送 and 印发 lines in 仿宋 14 pt between rules
 * across the type area, the first and last rules thicker than the one
 * between, one character in on each side. The lines share one frame aligned
 * to the bottom of the type area, so that the last rule sits on the last line
 * of the last page whatever the length of the body (Word and LibreOffice both
 * honour a bottom-aligned frame; a floating table LibreOffice sets inline).
 */
export function imprintParagraphs(imprint: ViewImprint, manifest: TemplateManifest): Paragraph[] {
  const font = manifest.fonts.imprint;
  const width = typeAreaWidthTwips(manifest);
  const oneCharacter = ptToTwips(font.sizePt);
  const rule = (mm: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size: mmToEighthPoints(mm), color: '000000', space: 4 });
  const outer = rule(manifest.rules.imprint.outerWidthMm);
  const inner = rule(manifest.rules.imprint.innerWidthMm);
  const frame = {
    type: 'alignment',
    width,
    anchor: { horizontal: 'margin', vertical: 'margin' },
    alignment: { x: 'center', y: 'bottom' },
  } as const;
  const spacing = { line: ptToTwips(font.sizePt * 1.75), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const paragraphs: Paragraph[] = [];
  imprint.cc.forEach((line, index) => {
    const last = index === imprint.cc.length - 1;
    paragraphs.push(
      new Paragraph({
        frame,
        spacing,
        // 抄送 wraps under the first name after the colon (GB/T 9704 7.4.2).
        indent: { left: oneCharacter + ptToTwips(font.sizePt * 3), hanging: ptToTwips(font.sizePt * 3), right: oneCharacter },
        alignment: AlignmentType.JUSTIFIED,
        border: {
          ...(index === 0 ? { top: outer } : {}),
          ...(last ? { bottom: imprint.printer ? inner : outer } : {}),
        },
        children: [plainRun(line, font, 0)],
      }),
    );
  });
  if (imprint.printer !== null) {
    paragraphs.push(
      new Paragraph({
        frame,
        spacing,
        indent: { left: oneCharacter, right: oneCharacter },
        tabStops: [{ type: TabStopType.RIGHT, position: width - 2 * oneCharacter }],
        border: { ...(imprint.cc.length === 0 ? { top: outer } : {}), bottom: outer },
        children: [plainRun(imprint.printer.left, font, 0), tabRun(), plainRun(imprint.printer.right, font, 0)],
      }),
    );
  }
  return paragraphs;
}
