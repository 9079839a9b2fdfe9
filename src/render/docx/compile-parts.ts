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

/** What of a document is its own: its body and its core properties (title, dates). */
const DOCUMENT = 'word/document.xml';
const CORE_PROPERTIES = 'docProps/core.xml';
export const OWN_PARTS: ReadonlySet<string> = new Set([DOCUMENT, CORE_PROPERTIES]);

interface Kind {
  /** The first document's parts: every part but the two above is the same for all documents of the kind. */
  parts: Parts;
  /** The first document, whose footers and classes the others borrow (see body-only-document.ts). */
  model: Document;
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
 * (one template, one page-number footer, no links) share every part but
 * their body and core properties, which docx nonetheless builds and writes
 * anew for each: the styles, theme, settings, footers, numbering and
 * relationships took a third of a .docx's time in a batch. So the first
 * document of a kind is built and compiled by docx whole; the second, both
 * ways, and our parts must equal docx's, or this path is left for good;
 * from the third on, only the body and core properties are built (see
 * body-only-document.ts) and written (see xml-text.ts). `kind` is null for
 * a document that may not share parts (a link adds a relationship).
 */
export function compileParts(compiler: PartCompiler, options: IPropertiesOptions, kind: string | null, overrides: PartOverride[]): Parts {
  if (kind === null || differs) return compiler.compile(new Document(options), undefined, overrides);
  const known = kinds.get(kind);
  if (!known) {
    const model = new Document(options);
    const parts = compiler.compile(model, undefined, overrides);
    kinds.set(kind, { parts, model, checked: false });
    return parts;
  }
  const document = bodyOnlyDocument(known.model, options);
  const ours = document ? ownParts(compiler, document, known.parts) : null;
  if (ours && known.checked) return ours;
  const theirs = compiler.compile(new Document(options), undefined, overrides);
  if (ours && sameParts(ours, theirs)) known.checked = true;
  else differs = true;
  return theirs;
}

function ownParts(compiler: PartCompiler, document: Document, shared: Parts): Parts {
  const file = document as unknown as { Document: { View: unknown }; CoreProperties: unknown; Numbering: { ConcreteNumbering: unknown } };
  const format = (component: unknown): object => compiler.formatter.format(component, { viewWrapper: file.Document, file, stack: [] });
  const body = partText(format(file.Document.View), { standalone: 'yes' });
  const parts: Parts = new Map(shared);
  parts.set(DOCUMENT, compiler.numberingReplacer ? compiler.numberingReplacer.replace(body, file.Numbering.ConcreteNumbering) : body);
  parts.set(CORE_PROPERTIES, partText(format(file.CoreProperties), { standalone: 'yes' }));
  return parts;
}

/** When the core properties were written: the clock's, not the document's, so two writings a moment apart differ there. */
const TIMESTAMP = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g;

function sameParts(a: Parts, b: Parts): boolean {
  if (a.size !== b.size) return false;
  const left = [...a];
  const right = [...b];
  return left.every(([path, data], index) => {
    const [otherPath, other] = right[index] as [string, string | Uint8Array];
    if (path !== otherPath) return false;
    if (path === CORE_PROPERTIES && typeof data === 'string' && typeof other === 'string') return data.replace(TIMESTAMP, '$1') === other.replace(TIMESTAMP, '$1');
    if (typeof data === 'string' || typeof other === 'string') return data === other;
    return Buffer.from(data).equals(Buffer.from(other));
  });
}

/** Forgets the kinds seen and any difference found; for tests. */
export function forgetKinds(): void {
  kinds.clear();
  differs = false;
}
