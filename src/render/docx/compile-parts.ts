import { Document, Packer, type IPropertiesOptions } from 'docx';
import { bodyOnlyDocument } from './body-only-document.js';
import { partText } from './xml-text.js';

export type Parts = Map<string, string | Uint8Array>;

export interface PartOverride {
  path: string;
  data: string;
}

/** docx's own part compiler, when this version of docx exposes it. */
interface PartCompiler {
  compile: (file: Document, prettify: undefined, overrides: PartOverride[]) => Parts;
  formatter: { format: (component: unknown, context: unknown) => object };
  numberingReplacer?: { replace: (xml: string, concreteNumberings: unknown) => string };
}

/**
 * What of a document is its own: its body, its core properties (title,
 * dates) and the body's relationships, which hold its links.
 */
const DOCUMENT = 'word/document.xml';
const CORE_PROPERTIES = 'docProps/core.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
export const OWN_PARTS: ReadonlySet<string> = new Set([DOCUMENT, CORE_PROPERTIES, RELATIONSHIPS]);

/** docx's relationships of a part: an attributes element, then one element per relationship. */
interface Relationships {
  root: object[];
  RelationshipCount: number;
  addRelationship: (id: number | string, type: string, target: string) => void;
}

const FONT_TABLE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';

/** What a document is built from, and how to build it again. */
export interface DocumentSource {
  options: IPropertiesOptions;
  rebuild: () => IPropertiesOptions;
}

interface Kind {
  /** The first document's parts: every part but its own is the same for all documents of the kind. */
  parts: Parts;
  /** The first document, whose footers and classes the others borrow (see body-only-document.ts). */
  model: Document;
  /** The first document's relationships before its body was written: those of the parts the kind shares. */
  relationships: Relationships;
  /** Whether our text has been seen to equal docx's for a document of this kind. */
  checked: boolean;
}

const kinds = new Map<string, Kind>();
let differs = false;

/** docx's part compiler, or null when this version of docx hides it. */
export function partCompiler(): PartCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  return typeof compiler?.compile === 'function' && typeof compiler.formatter?.format === 'function' ? (compiler as PartCompiler) : null;
}

/**
 * A document's parts, as docx's compiler writes them. Documents of one kind
 * (one template, one page-number footer, with or without links) share every
 * part but their own, which docx nonetheless builds and writes anew for
 * each: the styles, theme, settings, footers and numbering took a third of
 * a .docx's time in a batch. So the first document of a kind is built and
 * compiled by docx whole; the second, both ways, and our parts must equal
 * docx's, or this path is left for good; from the third on, only the own
 * parts are built (see body-only-document.ts) and written (see
 * xml-text.ts). `rebuild` gives the options again, with children of their
 * own, for docx's way of the document written both ways: docx turns a link
 * into the relationship it refers to as it writes it, so children written
 * once cannot be written again.
 */
export function compileParts(compiler: PartCompiler, { options, rebuild }: DocumentSource, kind: string, overrides: PartOverride[]): Parts {
  if (differs) return compiler.compile(new Document(options), undefined, overrides);
  const known = kinds.get(kind);
  if (!known) {
    const model = new Document(options);
    const relationships = copyRelationships(model.Document.Relationships as unknown as Relationships);
    const parts = compiler.compile(model, undefined, overrides);
    kinds.set(kind, { parts, model, relationships, checked: false });
    return parts;
  }
  const document = bodyOnlyDocument(known.model, options);
  const ours = document ? ownParts(compiler, document, known) : null;
  if (ours && known.checked) return ours;
  const theirs = compiler.compile(new Document(rebuild()), undefined, overrides);
  if (ours && sameParts(ours, theirs)) known.checked = true;
  else differs = true;
  return theirs;
}

function copyRelationships(relationships: Relationships): Relationships {
  return (relationships.constructor as unknown as { copy: (from: Relationships) => Relationships }).copy(relationships);
}

function ownParts(compiler: PartCompiler, document: Document, kind: Kind): Parts {
  const file = document as unknown as { Document: { View: unknown; Relationships: Relationships }; CoreProperties: unknown; Numbering: { ConcreteNumbering: unknown } };
  const format = (component: unknown): object => compiler.formatter.format(component, { viewWrapper: file.Document, file, stack: [] });
  const body = partText(format(file.Document.View), { standalone: 'yes' });
  // The body's links went into its own relationships as it was written; docx lists them after the kind's, then the font table.
  const relationships = copyRelationships(kind.relationships);
  relationships.root.push(...file.Document.Relationships.root.slice(1));
  relationships.addRelationship(relationships.RelationshipCount + 1, FONT_TABLE_TYPE, 'fontTable.xml');
  const parts: Parts = new Map(kind.parts);
  parts.set(RELATIONSHIPS, partText(format(relationships), {}));
  parts.set(DOCUMENT, compiler.numberingReplacer ? compiler.numberingReplacer.replace(body, file.Numbering.ConcreteNumbering) : body);
  parts.set(CORE_PROPERTIES, partText(format(file.CoreProperties), { standalone: 'yes' }));
  return parts;
}

/** When the core properties were written: the clock's, not the document's, so two writings a moment apart differ there. */
const TIMESTAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g;
/** A link's relationship id and a text box's shape id, which docx draws at random as it builds them. */
const RANDOM_ID = /(?<="rId|\bid=")(?!rId)[A-Za-z0-9_-]{18,}(?=")/g;

/** A part's text with what differs between two buildings of one document numbered in order of appearance. */
function comparable(path: string, text: string): string {
  const ids = new Map<string, number>();
  const numbered = text.replace(RANDOM_ID, (id) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `#${ids.get(id)}`;
  });
  return path === CORE_PROPERTIES ? numbered.replace(TIMESTAMP, '$1') : numbered;
}

function sameParts(a: Parts, b: Parts): boolean {
  if (a.size !== b.size) return false;
  const left = [...a];
  const right = [...b];
  return left.every(([path, data], index) => {
    const [otherPath, other] = right[index] as [string, string | Uint8Array];
    if (path !== otherPath) return false;
    if (typeof data === 'string' && typeof other === 'string') return comparable(path, data) === comparable(path, other);
    if (typeof data === 'string' || typeof other === 'string') return false;
    return Buffer.from(data).equals(Buffer.from(other));
  });
}

/** Forgets the kinds seen and any difference found; for tests. */
export function forgetKinds(): void {
  kinds.clear();
  differs = false;
}
