import type { LineGrid } from '../../template/manifest-types.js';
import { runsText } from './inline-html.js';
import type { HtmlBlock, HtmlSection, SectionTree } from './section-tree.js';

export interface TocEntry {
  id: string;
  marker: string;
  text: string;
  children: TocEntry[];
}

/** A plan gets a table of contents once it fills this many printed pages: shorter ones are read at a glance. */
export const LONG_PLAN_PAGES = 3;
/** Levels of the tree the table of contents lists: parts and 一、 headings, or 一、 and （一）. */
const TOC_DEPTH = 2;
/** Fewer sections than this need no table of contents, however long the text. */
const MIN_TOC_SECTIONS = 3;

function blocksLength(blocks: readonly HtmlBlock[]): number {
  let length = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') length += runsText(block.runs).length;
    else for (const row of block.rows) for (const cell of row) length += runsText(cell.runs).length;
  }
  return length;
}

function sectionLength(section: HtmlSection): number {
  let length = runsText(section.heading.title).length + (section.runIn ? runsText(section.runIn).length : 0) + blocksLength(section.body);
  for (const child of section.children) length += sectionLength(child);
  return length;
}

function entries(sections: readonly HtmlSection[], depth: number): TocEntry[] {
  return sections.map((section) => ({
    id: section.id,
    marker: section.heading.marker,
    text: runsText(section.heading.title),
    children: depth < TOC_DEPTH ? entries(section.children, depth + 1) : [],
  }));
}

/**
 * The table of contents shown on screen for a long plan, or null. "Long" is
 * measured in printed pages of the template's grid, counting characters.
 */
export function tableOfContents(tree: SectionTree, grid: LineGrid): TocEntry[] | null {
  if (tree.sections.length + tree.sections.reduce((count, section) => count + section.children.length, 0) < MIN_TOC_SECTIONS) return null;
  const characters = blocksLength(tree.preamble) + tree.sections.reduce((sum, section) => sum + sectionLength(section), 0);
  const pages = characters / (grid.linesPerPage * grid.charactersPerLine);
  return pages >= LONG_PLAN_PAGES ? entries(tree.sections, 1) : null;
}
