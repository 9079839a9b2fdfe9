import { AlignmentType, BorderStyle, LineRuleType, TabStopType } from 'docx';
import { Paragraph, Textbox, type BorderLine } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewImprint } from '../view-model.js';
import { plainRun, tabRun } from './runs.js';
import { CC_LABEL, imprintHeightMm } from '../layout/imprint-placement.js';
import { TEXTBOX_INSET_MM } from '../wml/textbox-inset.js';
import { mmToPt, ptToTwips } from '../layout/units.js';

function millimetres(value: number): `${number}mm` {
  return `${Math.round(value * 100) / 100}mm`;
}

/**
 * The 版记 (GB/T 9704 7.4): 抄送 and 印发 lines in 仿宋 14 pt between rules
 * across the type area, the first and last rules thicker than the one
 * between, one character in on each side. The lines sit in a text box at a
 * fixed distance from the type area's top, computed from their own height,
 * so that the last rule lies on the bottom of the type area of the last
 * page, whatever the length of the body. (LibreOffice ignores bottom-aligned
 * frames and sets floating tables as wide as the type area inline; it
 * honours an absolutely placed text box, as Word and WPS do.)
 */
export function imprintBox(imprint: ViewImprint, manifest: TemplateManifest, options: { pageBreakBefore?: boolean } = {}): Textbox {
  const font = manifest.fonts.imprint;
  const widthMm = manifest.page.widthMm - manifest.page.margins.leftMm - manifest.page.margins.rightMm;
  const heightMm = manifest.page.heightMm - manifest.page.margins.topMm - manifest.page.margins.bottomMm;
  const oneCharacter = ptToTwips(font.sizePt);
  const lineHeightPt = font.sizePt * 1.75;
  const rule = (mm: number): BorderLine => ({ style: BorderStyle.SINGLE, size: Math.max(2, Math.round(mmToPt(mm) * 8)), color: '000000', space: 0 });
  const outer = rule(manifest.rules.imprint.outerWidthMm);
  const inner = rule(manifest.rules.imprint.innerWidthMm);
  const spacing = { line: ptToTwips(lineHeightPt), lineRule: LineRuleType.EXACT, before: 0, after: 0 };

  const paragraphs: Paragraph[] = [];
  imprint.cc.forEach((line, index) => {
    const last = index === imprint.cc.length - 1;
    paragraphs.push(
      new Paragraph({
        spacing,
        // 抄送 one character in, a tab away from the margin, and wrapping under the first name after
        // the colon (GB/T 9704 7.4.2); the paragraph itself spans the type area, and so do its rules.
        indent: { left: oneCharacter * (1 + CC_LABEL), hanging: oneCharacter * (1 + CC_LABEL) },
        tabStops: [{ type: TabStopType.LEFT, position: oneCharacter }],
        alignment: AlignmentType.JUSTIFIED,
        border: { ...(index === 0 ? { top: outer } : {}), ...(last ? { bottom: imprint.printer ? inner : outer } : {}) },
        children: [tabRun(), plainRun(line, font, 0, manifest.fonts.body)],
      }),
    );
  });
  if (imprint.printer !== null) {
    paragraphs.push(
      new Paragraph({
        spacing,
        // 印发机关 one character in and 印发日期 one character from the right, on tab stops: the paragraph
        // has no side indents, so that its rules span the type area (a border follows the indents).
        tabStops: [
          { type: TabStopType.RIGHT, position: ptToTwips(mmToPt(widthMm)) - oneCharacter },
          { type: TabStopType.LEFT, position: oneCharacter },
        ],
        border: { ...(imprint.cc.length === 0 ? { top: outer } : {}), bottom: outer },
        children: [
          tabRun(),
          plainRun(imprint.printer.left, font, 0, manifest.fonts.body),
          tabRun(),
          plainRun(imprint.printer.right, font, 0, manifest.fonts.body),
        ],
      }),
    );
  }
  const boxHeightMm = imprintHeightMm(imprint, manifest);
  return new Textbox({
    pageBreakBefore: options.pageBreakBefore === true,
    // The anchor paragraph: as low as a line can be, so it never pushes the box onto a page of its own.
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    style: {
      position: 'absolute',
      // Wider than the type area by its inner margins (TEXTBOX_INSET_MM), so that its paragraphs, and their rules, span it.
      width: millimetres(widthMm + 2 * TEXTBOX_INSET_MM),
      height: millimetres(boxHeightMm),
      positionHorizontalRelative: 'margin',
      positionVerticalRelative: 'margin',
      marginLeft: millimetres(-TEXTBOX_INSET_MM),
      marginTop: millimetres(heightMm - boxHeightMm + TEXTBOX_INSET_MM),
    },
    children: paragraphs,
  });
}
