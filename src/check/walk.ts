import type { Block, Inline, PlanDocument, Section } from '../plan/types.js';

export interface SectionVisit {
  section: Section;
  parent: Section | null;
  /** 0 for the top-level sections of the document. */
  depth: number;
}

/** Every section of the document in reading order, with its parent. */
export function sectionsOf(document: PlanDocument): SectionVisit[] {
  const out: SectionVisit[] = [];
  const visit = (sections: readonly Section[], parent: Section | null, depth: number): void => {
    for (const section of sections) {
      out.push({ section, parent, depth });
      visit(section.children, section, depth + 1);
    }
  };
  visit(document.sections, null, 0);
  return out;
}

/** Every block of the document (preamble, section bodies, nested quotes and list items), in reading order. */
export function blocksOf(document: PlanDocument): Block[] {
  const out: Block[] = [];
  const visitBlocks = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      out.push(block);
      if (block.type === 'quote') visitBlocks(block.children);
      if (block.type === 'list') for (const item of block.items) visitBlocks(item.children);
    }
  };
  visitBlocks(document.preamble);
  for (const { section } of sectionsOf(document)) visitBlocks(section.body);
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
  for (const block of blocksOf(document)) {
    if (block.type === 'paragraph') inlinesBelow(block.children, out);
    if (block.type === 'table') for (const row of block.rows) for (const cell of row.cells) inlinesBelow(cell.children, out);
  }
  return out;
}
