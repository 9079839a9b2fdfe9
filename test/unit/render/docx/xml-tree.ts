import type { XmlComponent } from 'docx';
import type { BodyElement, ParagraphChild } from '../../../../src/render/wml/elements.js';
import { toDocx, toDocxChild } from '../../../../src/render/wml/to-docx.js';

/**
 * The object tree docx turns into XML (for our own elements, docx's equivalent), as the docx package's own specs read
 * it (`{ "w:p": [{ "w:pPr": […] }, …] }`): components are prepared for XML
 * without packing a whole document.
 */
export type XmlTree = unknown;

export function xmlTree(element: XmlComponent | BodyElement | ParagraphChild): XmlTree {
  // Our own elements are read as docx builds them; pack-docx.test.ts holds our writer's XML to docx's for whole documents.
  const component = !('kind' in element) ? element : element.kind === 'run' || element.kind === 'hyperlink' ? toDocxChild(element) : toDocx(element);
  return (component as unknown as { prepForXml: (context: unknown) => XmlTree }).prepForXml({ stack: [] });
}

/** Every element named `name` anywhere below `tree`, in document order. */
export function findAll(tree: XmlTree, name: string): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      // Attributes are not elements, even when they share a name (w:sz on a border).
      if (key === '_attr') continue;
      if (key === name) found.push(value);
      visit(value);
    }
  };
  visit(tree);
  return found;
}

/** The attributes of the first element named `name`. */
export function attributes(tree: XmlTree, name: string): Record<string, unknown> | undefined {
  const element = findAll(tree, name)[0];
  if (element && typeof element === 'object' && '_attr' in element) return (element as { _attr: Record<string, unknown> })._attr;
  return undefined;
}

/** The text of every `w:t` below `tree`, joined. */
export function textOf(tree: XmlTree): string {
  return findAll(tree, 'w:t')
    .map((element) => (Array.isArray(element) ? element.filter((part) => typeof part === 'string').join('') : ''))
    .join('');
}
