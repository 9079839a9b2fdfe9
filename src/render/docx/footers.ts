import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { DocumentView } from '../view-model.js';
import { runFormatting } from './fonts.js';
import { pageNumberLineTwips } from './page-setup.js';
import { ptToTwips } from '../layout/units.js';

export interface PageNumberFooters {
  /** Odd pages (Word's default footer when even and odd pages differ): number on the right. */
  default: Footer;
  /** Even pages: number on the left. */
  even: Footer;
}

/** Footers made for each template and page-number text; docx only reads them when it adds them to a document. */
const made = new WeakMap<TemplateManifest, Map<string, PageNumberFooters>>();

/**
 * `— 1 —` page numbers (GB/T 9704 7.5): odd pages right, even pages left,
 * one character in from the type area's edge. Needs `evenAndOddHeaders`.
 * Made once per template and text: in a batch they cost a fiftieth of each
 * .docx.
 */
export function pageNumberFooters(pageNumber: NonNullable<DocumentView['pageNumber']>, manifest: TemplateManifest): PageNumberFooters {
  let byText = made.get(manifest);
  if (!byText) {
    byText = new Map();
    made.set(manifest, byText);
  }
  const key = `${pageNumber.before}\0${pageNumber.after}`;
  let footers = byText.get(key);
  if (!footers) {
    footers = newPageNumberFooters(pageNumber, manifest);
    byText.set(key, footers);
  }
  return footers;
}

function newPageNumberFooters(pageNumber: NonNullable<DocumentView['pageNumber']>, manifest: TemplateManifest): PageNumberFooters {
  const font = manifest.fonts.pageNumber;
  const inset = ptToTwips(font.sizePt * manifest.options.pageNumberIndentCharacters);
  const paragraph = (side: 'right' | 'left'): Paragraph =>
    new Paragraph({
      alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'right' ? { right: inset } : { left: inset },
      spacing: { line: pageNumberLineTwips(manifest), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [new TextRun({ ...runFormatting(font), children: [pageNumber.before, PageNumber.CURRENT, pageNumber.after] })],
    });
  return { default: new Footer({ children: [paragraph('right')] }), even: new Footer({ children: [paragraph('left')] }) };
}

/**
 * Footers with nothing in them, odd and even, for pages that carry no page
 * number (the blank page before a 版记 page, and that page). A footer holds
 * at least one paragraph, so each has an empty one.
 */
export function blankFooters(): PageNumberFooters {
  return { default: new Footer({ children: [new Paragraph({ children: [] })] }), even: new Footer({ children: [new Paragraph({ children: [] })] }) };
}
