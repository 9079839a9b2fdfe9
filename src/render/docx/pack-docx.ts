import { Document, Packer, type IPropertiesOptions, type ISectionOptions } from 'docx';
import type { BodyElement } from '../wml/elements.js';
import { escapeXml } from '../wml/escape-xml.js';
import { paragraphPropertiesInSchemaOrder } from '../wml/property-order.js';
import { toDocx } from '../wml/to-docx.js';
import { writeBody, type LinkRelationship } from '../wml/write-body.js';
import { CORE_PROPERTIES, DOCUMENT, OWN_PARTS, RELATIONSHIPS } from './own-parts.js';
import { unzipParts } from './unzip-parts.js';
import { zipParts, type Parts } from './zip-parts.js';

export type SectionSource = Omit<ISectionOptions, 'children'> & { readonly children: readonly BodyElement[] };

/** What a .docx is made of: docx's document options, with the body as our own elements. */
export type DocumentSource = Omit<IPropertiesOptions, 'sections'> & { readonly sections: readonly SectionSource[] };

export interface PartOverride {
  path: string;
  data: string;
}


/**
 * What documents of one kind (one template, page-number footer and set of
 * sections) have in common: every part but their own, as docx wrote them
 * for the kind's first document, and the frame of the body: the document
 * element's opening and each section's properties.
 */
interface Kind {
  shared: Parts;
  order: readonly string[];
  documentStart: string;
  documentEnd: string;
  sections: readonly string[];
  relationships: string;
}

const HYPERLINK_RELATIONSHIP = /<Relationship [^>]*TargetMode="External"[^>]*\/>/g;
const SECTION_PROPERTIES = /<w:sectPr\b[^>]*\/>|<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g;
const BODY_OPEN = '<w:body>';
const BODY_CLOSE = '</w:body>';

const kinds = new Map<string, Kind>();
let fallbackReason: string | null = null;

/** docx's options for the same document: the body as docx's own elements. */
export function docxOptions(source: DocumentSource): IPropertiesOptions {
  return { ...source, sections: source.sections.map((section) => ({ ...section, children: section.children.map(toDocx) })) };
}

/**
 * A .docx of the document. docx (through its public `Packer`) writes the
 * first document of each kind whole; its styles, settings, footers and the
 * other parts every document of the kind shares are kept, and from then on
 * only a document's own parts are written, by our writer (`writeBody`).
 * The first document is written both ways: should our body differ from
 * docx's (a docx release that writes an element otherwise), docx writes
 * every document whole from then on, and `docxFallbackReason` says why.
 */
export async function packDocx(source: DocumentSource, kindKey: string, overrides: readonly PartOverride[]): Promise<Uint8Array> {
  if (fallbackReason !== null) return zipParts(await wholeByDocx(source, overrides));
  const known = kinds.get(kindKey);
  if (known) return zipParts(documentParts(source, known));
  const theirs = await wholeByDocx(source, overrides);
  const kind = kindOf(theirs, source.sections.length);
  const ours = typeof kind === 'string' ? null : documentParts(source, kind);
  const difference = typeof kind === 'string' ? kind : differenceFromDocx(ours as Parts, theirs);
  if (difference !== null) {
    fallbackReason = difference;
    return zipParts(theirs);
  }
  kinds.set(kindKey, kind as Kind);
  return zipParts(ours as Parts);
}

/** Why docx writes every document whole in this process, or null while our writer is used. */
export function docxFallbackReason(): string | null {
  return fallbackReason;
}

/** Forgets the kinds seen and any fallback; for tests. */
export function forgetKinds(reason: string | null = null): void {
  kinds.clear();
  fallbackReason = reason;
}

/** The document as docx writes it, each paragraph's properties put in the schema's order. */
export async function wholeByDocx(source: DocumentSource, overrides: readonly PartOverride[]): Promise<Parts> {
  const parts = unzipParts(await Packer.toBuffer(new Document(docxOptions(source)), false, [...overrides]));
  for (const [path, data] of parts) if (typeof data === 'string') parts.set(path, paragraphPropertiesInSchemaOrder(data));
  return parts;
}

function kindOf(parts: Parts, sectionCount: number): Kind | string {
  const document = parts.get(DOCUMENT);
  const relationships = parts.get(RELATIONSHIPS);
  if (typeof document !== 'string' || typeof relationships !== 'string') return `docx wrote no ${DOCUMENT} or ${RELATIONSHIPS}`;
  const open = document.indexOf(BODY_OPEN);
  const close = document.lastIndexOf(BODY_CLOSE);
  const sections = document.match(SECTION_PROPERTIES) ?? [];
  if (open === -1 || close === -1) return `docx's ${DOCUMENT} has no w:body`;
  if (sections.length !== sectionCount) return `docx wrote ${sections.length} sections for ${sectionCount}`;
  const shared: Parts = new Map([...parts].filter(([path]) => !OWN_PARTS.has(path)));
  return {
    shared,
    order: [...parts.keys()],
    documentStart: document.slice(0, open + BODY_OPEN.length),
    documentEnd: document.slice(close),
    sections,
    relationships: relationships.replace(HYPERLINK_RELATIONSHIP, ''),
  };
}

function documentParts(source: DocumentSource, kind: Kind): Parts {
  const body = writeBody(
    source.sections.map((section) => section.children),
    kind.sections,
  );
  const own = new Map<string, string>([
    [DOCUMENT, kind.documentStart + body.xml + kind.documentEnd],
    [RELATIONSHIPS, withLinks(kind.relationships, body.links)],
    [CORE_PROPERTIES, corePropertiesXml(source)],
  ]);
  const parts: Parts = new Map();
  for (const path of kind.order) parts.set(path, own.get(path) ?? (kind.shared.get(path) as string | Uint8Array));
  return parts;
}

function withLinks(relationships: string, links: readonly LinkRelationship[]): string {
  if (links.length === 0) return relationships;
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
  const added = links.map((link) => `<Relationship Id="${link.id}" Type="${type}" Target="${escapeXml(link.target)}" TargetMode="External"/>`).join('');
  return relationships.replace('</Relationships>', `${added}</Relationships>`);
}

/** `docProps/core.xml` as docx writes it: title, author, last author, revision, and when it was written. */
export function corePropertiesXml(source: DocumentSource): string {
  const now = new Date().toISOString();
  const element = (name: string, value: string | number | undefined): string => (value === undefined || value === '' ? '' : `<${name}>${escapeXml(String(value))}</${name}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', source.title) +
    element('dc:creator', source.creator) +
    element('cp:lastModifiedBy', source.lastModifiedBy) +
    element('cp:revision', source.revision) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** When core.xml was written: the clock's, so two writings a moment apart differ there. */
const TIMESTAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g;
/** Ids each writer picks for itself: a link's relationship id and a text box's shape id. */
const OWN_IDS = /(<w:hyperlink\b[^>]*\br:id="|<v:shape\b[^>]*?\bid=")([^"]*)"/g;
/** A link's relationship, whose id is the writer's own and whose place in the list does not matter. */
const LINK_RELATIONSHIP = /<Relationship Id="[^"]*"( Type="[^"]*hyperlink" Target="[^"]*" TargetMode="External")\/>/g;

/** A part's text with what each writer picks for itself numbered in order of appearance. */
export function comparablePart(path: string, text: string): string {
  if (path === CORE_PROPERTIES) return text.replace(TIMESTAMP, '$1');
  if (path === RELATIONSHIPS) {
    const links = (text.match(LINK_RELATIONSHIP) ?? []).map((link) => link.replace(LINK_RELATIONSHIP, '$1')).sort();
    return `${text.replace(LINK_RELATIONSHIP, '').replace(/ Id="rId\d+"/g, '')}${links.join('')}`;
  }
  let count = 0;
  return text.replace(OWN_IDS, (_, start: string) => `${start}#${(count += 1)}"`);
}

/** Where our own parts first differ from docx's, or null when they agree. */
export function differenceFromDocx(ours: Parts, theirs: Parts): string | null {
  for (const path of OWN_PARTS) {
    const a = ours.get(path);
    const b = theirs.get(path);
    if (typeof a !== 'string' || typeof b !== 'string') return `${path} is missing`;
    const left = comparablePart(path, a);
    const right = comparablePart(path, b);
    if (left === right) continue;
    let at = 0;
    while (at < left.length && left[at] === right[at]) at += 1;
    return `${path} differs from docx's at character ${at}: ours "${left.slice(Math.max(0, at - 40), at + 60)}", docx's "${right.slice(Math.max(0, at - 40), at + 60)}"`;
  }
  return null;
}
