import type { Attachment, Block, Inline, PlanDocument, Section } from '../plan/types.js';

export interface SectionVisit {
  section: Section;
  parent: Section | null;
  /** 0 for the top-level sections of the document and of each attachment. */
  depth: number;
  /** The attachment the section belongs to; null in the body. */
  attachment: Attachment | null;
}

/** Every section of the document in reading order (the body's, then each attachment's), with its parent. */
export function sectionsOf(document: PlanDocument): SectionVisit[] {
  const out: SectionVisit[] = [];
  const visit = (sections: readonly Section[], parent: Section | null, depth: number, attachment: Attachment | null): void => {
    for (const section of sections) {
      out.push({ section, parent, depth, attachment });
      visit(section.children, section, depth + 1, attachment);
    }
  };
  visit(document.sections, null, 0, null);
  for (const attachment of document.attachments) visit(attachment.sections, null, 0, attachment);
  return out;
}

/**
 * Each list of sections that share a parent: the body's top level, each
 * attachment's top level (its numbering starts again), then every section's
 * children.
 */
export function siblingGroupsOf(document: PlanDocument, visits: readonly SectionVisit[] = sectionsOf(document)): Array<readonly Section[]> {
  return [document.sections, ...document.attachments.map((attachment) => attachment.sections), ...visits.map(({ section }) => section.children)];
}

/** Every block of the document (preamble, section bodies, attachments, nested quotes and list items), in reading order. */
export function blocksOf(document: PlanDocument): Block[] {
  const out: Block[] = [];
  const visitBlocks = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      out.push(block);
      if (block.type === 'quote') visitBlocks(block.children);
      if (block.type === 'list') for (const item of block.items) visitBlocks(item.children);
    }
  };
  const visitSections = (sections: readonly Section[]): void => {
    for (const section of sections) {
      visitBlocks(section.body);
      visitSections(section.children);
    }
  };
  visitBlocks(document.preamble);
  visitSections(document.sections);
  for (const attachment of document.attachments) {
    visitBlocks(attachment.preamble);
    visitSections(attachment.sections);
  }
  return out;
}

/** Every inline node below the given inlines, parents before children. */
export function inlinesBelow(inlines: readonly Inline[], out: Inline[] = []): Inline[] {
  for (const inline of inlines) {
    out.push(inline);
    if ('children' in inline) inlinesBelow(inline.children, out);
  }
  return out;
}

/** Every inline node of the document: section titles, paragraphs, table cells. */
export function inlinesOf(document: PlanDocument): Inline[] {
  const out: Inline[] = [];
  for (const { section } of sectionsOf(document)) inlinesBelow(section.title.children, out);
  for (const attachment of document.attachments) if (attachment.title) inlinesBelow(attachment.title.children, out);
  for (const block of blocksOf(document)) {
    if (block.type === 'paragraph') inlinesBelow(block.children, out);
    if (block.type === 'table') for (const row of block.rows) for (const cell of row.cells) inlinesBelow(cell.children, out);
  }
  return out;
}
