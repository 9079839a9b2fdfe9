import type { SectionLevel } from '../../plan/types.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import { columnWidths } from '../layout/column-widths.js';
import { typeAreaWidthTwips } from '../layout/grid-metrics.js';
import type { ViewBlock, ViewHeading, ViewParagraph, ViewRun, ViewTable } from '../view-model.js';

/** A body block of the HTML page. */
export type HtmlBlock =
  | {
      type: 'paragraph';
      runs: ViewRun[];
      prefix: string;
      indentCharacters: number;
      verbatim: boolean;
    }
  | {
      type: 'table';
      /** Each column's width in % of the type area: the .docx's widths, so that cells wrap where they do there. */
      columns: string[];
      header: HtmlCell[] | null;
      rows: HtmlCell[][];
    };

export interface HtmlCell {
  runs: ViewRun[];
  align: 'left' | 'right' | 'center' | 'start';
}

/** A heading element: `h2`–`h6` by nesting (the title is the one `h1`); deeper headings use ARIA. */
export interface HtmlHeading {
  tag: string;
  ariaLevel: number | null;
  marker: string;
  title: ViewRun[];
}

export interface HtmlSection {
  /** Stable anchor from the section's place in the tree: `s-2-1-3`. */
  id: string;
  /** `part`, `chapter`, `section` or `1`–`5`: the CSS class `level-…` picks the level's font. */
  level: string;
  centered: boolean;
  newPage: boolean;
  heading: HtmlHeading;
  /** Body text on the heading's line, for a run-in heading. */
  runIn: ViewRun[] | null;
  body: HtmlBlock[];
  children: HtmlSection[];
}

export interface SectionTree {
  /** Blocks before the first heading. */
  preamble: HtmlBlock[];
  sections: HtmlSection[];
}

function levelName(level: SectionLevel): string {
  return String(level);
}

function headingElement(nesting: number): { tag: string; ariaLevel: number | null } {
  const rank = nesting + 2;
  return rank <= 6 ? { tag: `h${rank}`, ariaLevel: null } : { tag: 'div', ariaLevel: rank };
}

function htmlBlock(block: ViewParagraph | ViewTable, manifest: TemplateManifest): HtmlBlock {
  if (block.type === 'paragraph') {
    return { type: 'paragraph', runs: block.runs, prefix: block.prefix, indentCharacters: block.indentCharacters, verbatim: block.verbatim };
  }
  const cells = (row: ViewRun[][]): HtmlCell[] => row.map((runs, column) => ({ runs, align: block.align[column] ?? 'start' }));
  const [header, ...rows] = block.rows;
  const total = typeAreaWidthTwips(manifest);
  const widths = columnWidths(block, Math.max(1, ...block.rows.map((row) => row.length)), total);
  const columns = widths.map((width) => (Math.floor((width / total) * 10000) / 100).toString());
  return { type: 'table', columns, header: header ? cells(header) : null, rows: rows.map(cells) };
}

/** Where a tree stands on the page: the prefix of its anchors, and how many heading ranks lie above its top level. */
export interface TreePlace {
  idPrefix: string;
  nesting: number;
}

/** The document's body: anchors `s-1`, `s-1-2`; its top-level headings are `h2`. */
const BODY: TreePlace = { idPrefix: 's', nesting: 0 };

/**
 * Rebuilds the nesting of sections from the flat blocks of the view model,
 * so that the page has real `<section>` elements and headings ranked by
 * depth. A heading closes every open section at its depth or deeper.
 */
export function buildSectionTree(blocks: readonly ViewBlock[], manifest: TemplateManifest, place: TreePlace = BODY): SectionTree {
  const tree: SectionTree = { preamble: [], sections: [] };
  const open: Array<{ depth: number; section: HtmlSection }> = [];
  for (const block of blocks) {
    if (block.type !== 'heading') {
      const current = open[open.length - 1];
      (current ? current.section.body : tree.preamble).push(htmlBlock(block, manifest));
      continue;
    }
    while (open.length > 0 && (open[open.length - 1] as { depth: number }).depth >= block.depth) open.pop();
    const parent = open[open.length - 1];
    const siblings = parent ? parent.section.children : tree.sections;
    const section = newSection(block, parent ? parent.section.id : place.idPrefix, siblings.length + 1, open.length + place.nesting);
    siblings.push(section);
    open.push({ depth: block.depth, section });
  }
  return tree;
}

function newSection(block: ViewHeading, parentId: string, ordinal: number, nesting: number): HtmlSection {
  return {
    id: `${parentId}-${ordinal}`,
    level: levelName(block.level),
    centered: block.alignment === 'centered',
    newPage: block.pageBreakBefore,
    heading: { ...headingElement(nesting), marker: block.marker, title: block.title },
    runIn: block.runIn,
    body: [],
    children: [],
  };
}

/**
 * Takes the last paragraph printed before the closing lines out of the
 * tree, to be printed with them as one block that goes over to a new page
 * whole, as the .docx keeps it (GB/T 9704 7.3.5: a 署名 is never alone on
 * its page); the layout estimate counts it so. Chromium honours "do not
 * break inside" on one block, not "do not break after" a paragraph nested
 * in sections, hence the move. A table or a heading last stays where it is.
 */
export function takeLastForClosing(tree: SectionTree): HtmlBlock | null {
  let blocks = tree.preamble;
  let sections = tree.sections;
  while (sections.length > 0) {
    const last = sections[sections.length - 1] as HtmlSection;
    blocks = last.children.length > 0 ? [] : last.body;
    sections = last.children;
  }
  return blocks[blocks.length - 1]?.type === 'paragraph' ? (blocks.pop() ?? null) : null;
}
