import type { TemplateManifest } from '../../template/manifest-types.js';
import type { DocumentView, ViewImprint } from '../view-model.js';
import { estimateTextEnd, type TextEnd } from './estimate-layout.js';
import { linePitchTwips, typeAreaHeightTwips } from './grid-metrics.js';
import { TEXTBOX_INSET_MM } from '../wml/textbox-inset.js';
import { mmToPt, mmToTwips, ptToMm, textWidthInCharacters } from './units.js';

/** Characters of the 抄送 label (抄送：) that later lines hang under. */
export const CC_LABEL = 3;
/** Height of the 版记's box: its lines (a long 抄送 list wraps) and rules, and the box's inner margins. */
export function imprintHeightMm(imprint: ViewImprint, manifest: TemplateManifest): number {
  const font = manifest.fonts.imprint;
  const widthMm = manifest.page.widthMm - manifest.page.margins.leftMm - manifest.page.margins.rightMm;
  const charactersPerLine = Math.floor(mmToPt(widthMm) / font.sizePt);
  let lines = imprint.printer !== null ? 1 : 0;
  for (const line of imprint.cc) {
    const rest = Math.max(0, textWidthInCharacters(line) - (charactersPerLine - 2));
    lines += 1 + Math.ceil(rest / (charactersPerLine - 2 - CC_LABEL));
  }
  const rules = imprint.cc.length + (imprint.printer !== null ? 1 : 0) + 1;
  const rulesPt = rules * mmToPt(manifest.rules.imprint.outerWidthMm);
  return ptToMm(lines * font.sizePt * 1.75 + rulesPt) + 2 * TEXTBOX_INSET_MM;
}

/** Where the 版记 goes (GB/T 9704 7.4, 7.5). */
export interface ImprintPlacement {
  /** Page breaks before it: 0 below the text's last line, 1 on the next page, 2 or more after blank pages. */
  breaks: number;
  /** Room on its page, in twips: what the text leaves on its last page, or the whole type area on a page of its own. */
  roomTwips: number;
  /** The (even) page it prints on, 1-based. */
  page: number;
}

/**
 * The 版记 belongs at the foot of the last page, below the text with a line
 * to spare, and on an even page (the back of the last sheet when printed on
 * both sides); a page too full or odd sends it on to the next even page.
 * Here the text's end is estimated, so another line is kept for the
 * estimate's error.
 */
export function imprintPlacement(view: DocumentView, manifest: TemplateManifest): ImprintPlacement | null {
  if (view.imprint === null) return null;
  const end = estimateTextEnd(view, manifest);
  return placeImprint(end, mmToTwips(imprintHeightMm(view.imprint, manifest)), manifest, linePitchTwips(manifest));
}

/**
 * Where the 版记 goes when the text ends at `end` and the 版记 is
 * `imprintTwips` tall: on the text's last page when that page is even and
 * has room for it and a line above it (and `errorTwips` more, for an
 * estimated end), else on the next even page, after a blank page when the
 * text's last page is even.
 */
export function placeImprint(end: TextEnd, imprintTwips: number, manifest: TemplateManifest, errorTwips = 0): ImprintPlacement {
  const pageHeight = typeAreaHeightTwips(manifest);
  const needed = imprintTwips + linePitchTwips(manifest) + errorTwips;
  let page = end.page;
  let breaks = 0;
  if (end.used + needed > pageHeight) {
    page += 1;
    breaks += 1;
  }
  if (page % 2 === 1) {
    page += 1;
    breaks += 1;
  }
  return { breaks, roomTwips: breaks === 0 ? pageHeight - end.used : pageHeight, page };
}

/** Page breaks before the 版记 (see imprintPlacement); 0 without one. */
export function imprintPageBreaks(view: DocumentView, manifest: TemplateManifest): number {
  return imprintPlacement(view, manifest)?.breaks ?? 0;
}
