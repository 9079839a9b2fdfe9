/** The parts that are each document's own: its body, its core properties and the body's relationships, which hold its links. */
export const DOCUMENT = 'word/document.xml';
export const CORE_PROPERTIES = 'docProps/core.xml';
export const RELATIONSHIPS = 'word/_rels/document.xml.rels';
export const OWN_PARTS: ReadonlySet<string> = new Set([DOCUMENT, CORE_PROPERTIES, RELATIONSHIPS]);
