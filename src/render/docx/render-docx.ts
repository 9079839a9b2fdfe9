import { SectionType } from 'docx';
import type { LoadedTemplate } from '../../template/load-template.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { DocumentView, ViewBlock } from '../view-model.js';
import { attachmentParagraphs } from './attachment.js';
import { bodyParagraph } from './body-paragraph.js';
import { closingParagraphs, keptWithNext, recipientsParagraph } from './closing.js';
import { blankFooters, pageNumberFooters } from './footers.js';
import { documentGrid } from './grid.js';
import { imprintBox } from './imprint.js';
import { imprintPageBreaks } from '../layout/imprint-placement.js';
import { headingParagraph } from './levels.js';
import { pageSetup } from './page-setup.js';
import { documentStyles } from './paragraph-styles.js';
import { redHeaderParagraphs } from './red-header.js';
import { tableBlock } from './tables.js';
import { emptyLine, titleParagraphs } from './title.js';
import { VERSION } from '../../version.js';
import { packDocx, type DocumentSource, type PartOverride, type SectionSource } from './pack-docx.js';
import { Paragraph, type BodyElement, type Table } from '../wml/elements.js';
import { FONT_TABLE_PATH, fontTableXml } from './font-table.js';

function block(view: ViewBlock, manifest: TemplateManifest, next: ViewBlock | undefined): Paragraph | Table {
  switch (view.type) {
    case 'heading':
      return headingParagraph(view, manifest, next);
    case 'paragraph':
      return bodyParagraph(view, manifest);
    case 'table':
      return tableBlock(view, manifest);
  }
}

type Child = BodyElement;

/** A body's blocks, the document's or an attachment's. */
function bodyBlocks(blocks: readonly ViewBlock[], manifest: TemplateManifest): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [];
  blocks.forEach((item, index) => {
    children.push(block(item, manifest, blocks[index + 1]));
    // Word needs a paragraph between two tables, or it merges them.
    if (item.type === 'table' && blocks[index + 1]?.type === 'table') children.push(emptyLine(manifest));
  });
  return children;
}

export interface DocumentChildren {
  /** The pages that carry page numbers: 版头, title, 主送机关, body, closing lines, and the 版记 when it shares a page with them or has one of its own right after. */
  numbered: Child[];
  /**
   * GB/T 9704 7.5: when a blank page comes before the 版记's page, neither
   * of them carries a page number. They are a section of their own, whose
   * footers are blank; empty when there is no such blank page.
   */
  unnumbered: Child[];
}

/** The document's parts top to bottom: 版头, title, 主送机关, body, closing lines, 版记. */
export function documentChildren(view: DocumentView, manifest: TemplateManifest): DocumentChildren {
  const children: Child[] = [];
  const header = redHeaderParagraphs(view.header, manifest);
  children.push(...header);
  // GB/T 9704 7.3.1: the title two lines below the red rule.
  if (header.length > 0) children.push(emptyLine(manifest), emptyLine(manifest));
  if (view.title) children.push(...titleParagraphs(view.title, manifest), emptyLine(manifest));
  if (view.recipients !== null) children.push(recipientsParagraph(view.recipients, manifest));
  const body = bodyBlocks(view.blocks, manifest);
  const closing = closingParagraphs(view, manifest);
  // GB/T 9704 7.3.5: the 署名 page carries body text. The last paragraph goes over whole with the closing
  // lines rather than leave them alone on a page: whole, because Word would carry its last line and
  // LibreOffice all of it, and the layout estimate must know which.
  const last = body.at(-1);
  if (closing.length > 0 && view.blocks.at(-1)?.type === 'paragraph' && last instanceof Paragraph) body[body.length - 1] = keptWithNext(last, true);
  children.push(...body, ...closing);
  // The attachments follow the closing lines and come before the 版记 (GB/T 9704 8).
  for (const attachment of view.appendices) children.push(...attachmentParagraphs(attachment, manifest, bodyBlocks));
  if (view.imprint === null) return { numbered: children, unnumbered: [] };

  const breaks = imprintPageBreaks(view, manifest);
  if (breaks < 2) {
    children.push(imprintBox(view.imprint, manifest, { pageBreakBefore: breaks > 0 }));
    return { numbered: children, unnumbered: [] };
  }
  // The section break starts the first blank page; each further blank page and the 版记's page start with a break of their own.
  const unnumbered: Child[] = [new Paragraph({ children: [] })];
  for (let index = 2; index < breaks; index += 1) unnumbered.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  unnumbered.push(imprintBox(view.imprint, manifest, { pageBreakBefore: true }));
  return { numbered: children, unnumbered };
}

/** Writes the view as a .docx (Office Open XML) document laid out on the template's grid. */
export async function renderDocx(view: DocumentView, template: LoadedTemplate): Promise<Uint8Array> {
  const manifest = template.manifest;
  const source = documentSource(view, manifest);
  return packDocx(source, documentKind(manifest, view, source.sections.length > 1), fontTableOverride(manifest));
}

/** docx's empty font table replaced by one naming the template's fonts (see font-table.ts). */
export function fontTableOverride(manifest: TemplateManifest): PartOverride[] {
  return [{ path: FONT_TABLE_PATH, data: fontTableXml(manifest) }];
}

/** What the document is built from: its sections, styles and core properties. */
export function documentSource(view: DocumentView, manifest: TemplateManifest): DocumentSource {
  return sourceOf(view, manifest, documentChildren(view, manifest));
}

/** The document's options around the given children: page, grid, footers (blank ones for a section without page numbers), styles, core properties. */
export function sourceOf(
  view: Pick<DocumentView, 'pageNumber' | 'title'>,
  manifest: TemplateManifest,
  { numbered, unnumbered }: DocumentChildren,
): DocumentSource {
  const footers = view.pageNumber ? pageNumberFooters(view.pageNumber, manifest) : undefined;
  const properties = { page: pageSetup(manifest), grid: documentGrid(manifest) };
  const sections: SectionSource[] = [{ properties, ...(footers ? { footers } : {}), children: numbered }];
  if (unnumbered.length > 0) {
    // A section without footers of its own would take the previous section's: it is given blank ones.
    sections.push({ properties: { ...properties, type: SectionType.NEXT_PAGE }, ...(footers ? { footers: blankFooters() } : {}), children: unnumbered });
  }
  const creator = `gongwen-plan ${VERSION}`;
  return {
    // All three given, or docx fills in its own ("Un-named") where our core properties would not.
    creator,
    lastModifiedBy: creator,
    revision: 1,
    title: view.title?.lines.join('') ?? '',
    styles: documentStyles(manifest),
    evenAndOddHeaderAndFooters: footers !== undefined,
    sections,
  };
}

/** Each template's manifest as JSON, for the kind of a document (see documentKind). */
const manifestTexts = new WeakMap<TemplateManifest, string>();

/**
 * What, besides its body and title, goes into a document's parts, by
 * content: the template's manifest, the page-number footer, and whether a
 * section without page numbers follows. Keyed by content, a kind found in
 * one process is the same in another, so the built-in templates' kinds are
 * prepared ahead (see builtin-kinds.ts).
 */
export function documentKind(manifest: TemplateManifest, view: Pick<DocumentView, 'pageNumber'>, unnumbered: boolean): string {
  let text = manifestTexts.get(manifest);
  if (text === undefined) {
    text = JSON.stringify(manifest);
    manifestTexts.set(manifest, text);
  }
  return `${text}\0${JSON.stringify(view.pageNumber)}\0${unnumbered}`;
}
