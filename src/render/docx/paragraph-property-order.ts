import { ParagraphProperties } from 'docx';

/**
 * The children of a paragraph's `w:pPr` in the order WordprocessingML's
 * schema requires (ECMA-376 Part 1, CT_PPrBase then CT_PPr).
 */
export const PARAGRAPH_PROPERTY_ORDER = [
  'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd',
  'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi',
  'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection',
  'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
] as const;

const RANKS = new Map<string, number>(PARAGRAPH_PROPERTY_ORDER.map((name, index) => [`w:${name}`, index]));

interface Element {
  rootKey?: unknown;
}

/** Attributes first, then the schema's order; anything else last, in the order it came. */
function rankOf(item: Element): number {
  if (item.rootKey === '_attr') return -1;
  return (typeof item.rootKey === 'string' ? RANKS.get(item.rootKey) : undefined) ?? PARAGRAPH_PROPERTY_ORDER.length;
}

/** Adds an element where the schema puts it among those already there. */
function pushInSchemaOrder(this: { root: Element[] }, item: Element): void {
  const rank = rankOf(item);
  let index = this.root.length;
  while (index > 0 && rankOf(this.root[index - 1] as Element) > rank) index -= 1;
  this.root.splice(index, 0, item);
}

let installed = false;

/**
 * docx 9 writes `w:autoSpaceDN` after `w:jc`, where the schema wants it
 * before `w:spacing`, `w:ind` and `w:jc`; Word may then call the document
 * unreadable, which LibreOffice never does. Every paragraph property goes
 * through ParagraphProperties' `push`, so adding each in its schema place
 * there puts every `w:pPr` (paragraphs, styles, document defaults) in order,
 * whatever docx adds it in.
 */
export function useParagraphPropertiesInSchemaOrder(): void {
  if (installed) return;
  installed = true;
  (ParagraphProperties.prototype as unknown as { push: typeof pushInSchemaOrder }).push = pushInSchemaOrder;
}
