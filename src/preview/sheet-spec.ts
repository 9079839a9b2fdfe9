import { escapeHtml } from '../render/html/escape-html.js';
import { pageStepPx } from '../render/html/page-style.js';
import type { TemplateManifest } from '../template/manifest-types.js';
import type { DocumentView } from '../render/view-model.js';

/**
 * What the page's paginator needs to lay the plan out as printed sheets: the
 * paper and its margins, the type area's height as Chromium prints it, the
 * grid, and the page numbers (GB/T 9704 7.5). The template's stylesheet has
 * the rest (fonts, the page number's font) as custom properties.
 */
export interface SheetSpec {
  widthMm: number;
  heightMm: number;
  margins: { topMm: number; rightMm: number; bottomMm: number; leftMm: number };
  /** The type area's height in CSS px, rounded as Chromium rounds a printed page, so that sheets break where print does. */
  areaHeightPx: number;
  linesPerPage: number;
  linePitchPt: number;
  /** Null when the template prints no page numbers. */
  pageNumber: { before: string; after: string; belowTypeAreaMm: number; indentCharacters: number } | null;
}

export const SHEET_SPEC_META = 'plan-preview-sheet';

export function sheetSpec(manifest: TemplateManifest, pageNumber: DocumentView['pageNumber']): SheetSpec {
  const { page, grid, options } = manifest;
  return {
    widthMm: page.widthMm,
    heightMm: page.heightMm,
    margins: { ...page.margins },
    areaHeightPx: pageStepPx(page.heightMm, page.margins.topMm, page.margins.bottomMm),
    linesPerPage: grid.linesPerPage,
    linePitchPt: grid.linePitchPt,
    pageNumber:
      pageNumber === null || !manifest.blocks.pageNumbers
        ? null
        : {
            before: pageNumber.before,
            after: pageNumber.after,
            belowTypeAreaMm: options.pageNumberBelowTypeAreaMm,
            indentCharacters: options.pageNumberIndentCharacters,
          },
  };
}

/**
 * The plan's page with its sheet spec in a `<meta>`: it travels with the
 * HTML it belongs to, so a page swapped in after a template change is laid
 * out by that template's numbers. A meta element runs nothing, so the page
 * keeps its no-script policy.
 */
export function withSheetSpec(html: string, spec: SheetSpec): string {
  const meta = `<meta name="${SHEET_SPEC_META}" content="${escapeHtml(JSON.stringify(spec))}">\n`;
  const head = html.search(/<\/head>/i);
  return head === -1 ? meta + html : html.slice(0, head) + meta + html.slice(head);
}
