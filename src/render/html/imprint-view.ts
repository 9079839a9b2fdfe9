import type { TemplateManifest } from '../../template/manifest-types.js';
import { linePitchTwips } from '../layout/grid-metrics.js';
import { imprintPlacement } from '../layout/imprint-placement.js';
import { twipsToMm } from '../layout/units.js';
import type { DocumentView, ViewImprint } from '../view-model.js';

/** The 版记 as the HTML page prints it: its lines, and where on paper they go. */
export interface HtmlImprint extends ViewImprint {
  /** An empty page comes first (the text ended on an even page too full for the 版记). */
  blankPageBefore: boolean;
  /** The 版记 starts a page of its own. */
  ownPage: boolean;
  /** GB/T 9704 7.5: with a blank page before it, neither page carries a page number. */
  unnumbered: boolean;
  /** Height of the space at whose foot the 版记 prints, in mm: what the text leaves of its last page, or the whole type area. */
  spaceMm: number;
  /** The even page whose foot it prints at, 1-based. */
  page: number;
}

/**
 * Where the printed 版记 goes, by the same estimate the .docx uses (GB/T
 * 9704 7.4: at the foot of the last page, an even one). The page prints it
 * at the foot of that page by the page's own coordinates, not below the
 * text, so that its last line is the type area's last line however far the
 * text's real end is from the estimate, as long as it ends on that page (or
 * on the odd page before it) with a line to spare. A PDF print passes the
 * placement it measured on a first print instead (see render/pdf).
 */
export function htmlImprint(view: DocumentView, manifest: TemplateManifest, placement = imprintPlacement(view, manifest)): HtmlImprint | null {
  if (view.imprint === null || placement === null) return null;
  const room = placement.breaks === 0 ? placement.roomTwips - linePitchTwips(manifest) / 2 : placement.roomTwips;
  return {
    ...view.imprint,
    blankPageBefore: placement.breaks >= 2,
    ownPage: placement.breaks >= 1,
    unnumbered: placement.breaks >= 2,
    spaceMm: Math.floor(twipsToMm(room) * 10) / 10,
    page: placement.page,
  };
}
