import { Document, Packer, type IPropertiesOptions, type ISectionOptions } from 'docx';
import type { BodyElement } from '../wml/elements.js';
import { escapeXml } from '../wml/escape-xml.js';
import { paragraphPropertiesInSchemaOrder } from '../wml/property-order.js';
import { textboxesWithOurInset } from '../wml/textbox-inset.js';
import { toDocx } from '../wml/to-docx.js';
import { writeBody, type LinkRelationship } from '../wml/write-body.js';
import { CORE_PROPERTIES, DOCUMENT, OWN_PARTS, RELATIONSHIPS } from './own-parts.js';
import { builtinKind } from './builtin-kinds.js';
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
 * sections) have in common: every part but their own, as docx writes them
 * for a document of the kind without a body, and the frame of the body: the
 * document element's opening and each section's properties.
 */
export interface Kind {
  shared: Parts;
  order: readonly string[];
  documentStart: string;
  documentEnd: string;
  sections: readonly string[];
  relationships: string;
}

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
 * A .docx of the document. docx (through its public `Packer`) writes, once
 * for each kind (ahead, for the built-in templates' kinds), a document of
 * that kind without a body: its styles, settings, footers and the other
 * parts every document of the kind shares are kept, with the frame of the
 * body, and each document's own parts are written by our writer
 * (`writeBody`). The tests hold our parts to those docx writes for
 * whole documents of every kind, and docx is pinned to the version they
 * were held to. Should docx's package not have the frame expected, docx
 * writes every document whole from then on, and `docxFallbackReason` says
 * why.
 */
export async function packDocx(source: DocumentSource, kindKey: string, overrides: readonly PartOverride[]): Promise<Uint8Array> {
  if (fallbackReason === null) {
    let kind = kinds.get(kindKey) ?? builtinKind(kindKey);
    if (!kind) {
      const frame = await kindFromDocx(source, overrides);
      if (typeof frame === 'string') fallbackReason = frame;
      else {
        kind = frame;
        kinds.set(kindKey, kind);
      }
    }
    if (kind) return zipParts(documentParts(source, kind));
  }
  return zipParts(await wholeByDocx(source, overrides));
}

/** The kind of a document, as docx writes a document of it without a body; or why docx's package cannot serve. */
export async function kindFromDocx(source: DocumentSource, overrides: readonly PartOverride[]): Promise<Kind | string> {
  return kindOf(await wholeByDocx(withoutBody(source), overrides), source.sections.length);
}

/** The document with empty sections: what docx needs to write the parts a kind shares, without deflating a body it does not keep. */
function withoutBody(source: DocumentSource): DocumentSource {
  return { ...source, sections: source.sections.map((section) => ({ ...section, children: [] })) };
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

/** The document as docx writes it, each paragraph's properties put in the schema's order, text boxes with our inner margins. */
export async function wholeByDocx(source: DocumentSource, overrides: readonly PartOverride[]): Promise<Parts> {
  const parts = unzipParts(await Packer.toBuffer(new Document(docxOptions(source)), false, [...overrides]));
  for (const [path, data] of parts) if (typeof data === 'string') parts.set(path, textboxesWithOurInset(paragraphPropertiesInSchemaOrder(data)));
  return parts;
}

/** What documents of a kind share, from a package docx wrote for one; or why it cannot serve. */
export function kindOf(parts: Parts, sectionCount: number): Kind | string {
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
    relationships,
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
  const element = (name: string, value: string | number | undefined): string =>
    value === undefined || value === '' ? '' : `<${name}>${escapeXml(String(value))}</${name}>`;
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
