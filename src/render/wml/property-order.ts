/**
 * The children of a paragraph's `w:pPr` in the order WordprocessingML's
 * schema requires (ECMA-376 Part 1, CT_PPrBase then CT_PPr).
 */
export const PARAGRAPH_PROPERTY_ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
] as const;

const RANKS = new Map<string, number>(PARAGRAPH_PROPERTY_ORDER.map((name, index) => [`w:${name}`, index]));
const OPEN = '<w:pPr>';
const CLOSE = '</w:pPr>';
const TAG = /<(\/?)([\w:]+)[^>]*?(\/?)>/g;

/** The top-level elements of `content`, each whole with what it holds. */
function topLevelElements(content: string): Array<{ name: string; text: string }> {
  const elements: Array<{ name: string; text: string }> = [];
  let depth = 0;
  let start = 0;
  let name = '';
  TAG.lastIndex = 0;
  for (let match = TAG.exec(content); match; match = TAG.exec(content)) {
    const [, closing, tag, selfClosing] = match;
    if (depth === 0) {
      start = match.index;
      name = tag as string;
    }
    if (closing) depth -= 1;
    else if (!selfClosing) depth += 1;
    if (depth === 0) elements.push({ name, text: content.slice(start, TAG.lastIndex) });
  }
  return elements;
}

/**
 * XML written by another library (docx writes `w:autoSpaceDN` after `w:jc`)
 * with every `w:pPr`'s children put in the schema's order. Word may call a
 * document unreadable for an element out of its sequence; LibreOffice never
 * does. Unknown elements keep their place at the end, in the order they came.
 */
export function paragraphPropertiesInSchemaOrder(xml: string): string {
  if (!xml.includes(OPEN)) return xml;
  let out = '';
  let from = 0;
  for (let open = xml.indexOf(OPEN, from); open !== -1; open = xml.indexOf(OPEN, from)) {
    const close = xml.indexOf(CLOSE, open);
    if (close === -1) break;
    const content = xml.slice(open + OPEN.length, close);
    const ordered = topLevelElements(content)
      .map((element, index) => ({ ...element, index, rank: RANKS.get(element.name) ?? PARAGRAPH_PROPERTY_ORDER.length }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((element) => element.text)
      .join('');
    out += xml.slice(from, open) + OPEN + ordered + CLOSE;
    from = close + CLOSE.length;
  }
  return out + xml.slice(from);
}
