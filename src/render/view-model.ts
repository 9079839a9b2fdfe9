import type { SectionLevel } from '../plan/types.js';
import type { FontSpec } from '../template/manifest-types.js';

/**
 * The plain typed view model both renderers read: the plan flattened into
 * the blocks of a printed page, each with its font resolved from the
 * template, and the front-matter pieces already rendered to text. Renderers
 * look at nothing else of the plan, so the .docx and the HTML agree.
 */

/** A run of text with its inline formatting; a renderer escapes `text` as its format needs. */
export interface ViewText {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  /** Target of a Markdown link, or null. */
  link: string | null;
}

export interface ViewBreak {
  type: 'break';
}

export type ViewRun = ViewText | ViewBreak;

/** A section heading. Levels 1–5 keep the body's first-line indent; parts, chapters and sections are centred. */
export interface ViewHeading {
  type: 'heading';
  level: SectionLevel;
  /** 0 for the outermost heading of the document, +1 per nesting. */
  depth: number;
  /** The marker as written (`一、`, `（一）`, `1.`), or empty for unmarked headings. */
  marker: string;
  /** Heading text with its closing punctuation (`加强领导。`). */
  title: ViewRun[];
  font: FontSpec;
  /** Body text that runs on after a run-in heading, in the body font; null for a stand-alone heading. */
  runIn: ViewRun[] | null;
  runInFont: FontSpec;
  alignment: 'indented' | 'centered';
  pageBreakBefore: boolean;
}

export interface ViewParagraph {
  type: 'paragraph';
  runs: ViewRun[];
  font: FontSpec;
  /** A list item's marker (`•`, `1.`) printed before the text, or empty. */
  prefix: string;
  /** Extra left indent in characters (quotes, nested lists). */
  indentCharacters: number;
  /** Raw text kept as written (code blocks, raw HTML): no first-line indent, no justification. */
  verbatim: boolean;
}

export interface ViewTable {
  type: 'table';
  align: Array<'left' | 'right' | 'center' | null>;
  /** The first row is the header row. */
  rows: ViewRun[][][];
  font: FontSpec;
  /** The header row's font (黑体 in the built-in templates). */
  headerFont: FontSpec;
}

export type ViewBlock = ViewHeading | ViewParagraph | ViewTable;

/**
 * An attachment (附件, GB/T 9704 8): on a new page of its own, its label
 * (`附件1`, 3号黑体) at the top left of the first line, its title centred on
 * the third line in the title font, then its body, numbered on its own.
 */
export interface ViewAttachment {
  label: string;
  labelFont: FontSpec;
  /** Title lines (split like the document's title); null when the attachment has none. */
  title: { lines: string[]; font: FontSpec } | null;
  blocks: ViewBlock[];
  /** Starts a new page (the template's `attachmentsOnNewPage`; GB/T 9704 wants it). */
  newPage: boolean;
}

/** 版头: the parts of an official document above the red rule. */
export interface ViewHeader {
  copyNumber: string | null;
  classification: string | null;
  urgency: string | null;
  /** 发文机关标志, printed red. */
  redHeader: string | null;
  docNumber: string | null;
  /** 签发人 line; when present the document number moves left (GB/T 9704 7.2.4). */
  signer: string | null;
  redRule: boolean;
}

/** A line with a left-aligned and a right-aligned part (印发机关 … 印发日期). */
export interface ViewSplitLine {
  left: string;
  right: string;
}

/** 版记: lines between full-width rules at the foot of the last page. */
export interface ViewImprint {
  cc: string[];
  printer: ViewSplitLine | null;
}

export interface DocumentView {
  templateName: string;
  header: ViewHeader;
  /** Title lines (a long title is split into a trapezoid); empty when not printed. */
  title: { lines: string[]; font: FontSpec } | null;
  /** 主送机关 line, e.g. `各街道办事处、区直有关单位：`. */
  recipients: string | null;
  blocks: ViewBlock[];
  /** 附件说明 lines (the note under the body that lists the attachments). */
  attachments: string[];
  signature: string | null;
  date: string | null;
  /** 附注 line. */
  notes: string | null;
  imprint: ViewImprint | null;
  /** The attachments themselves, printed after the 附注 and before the 版记 (GB/T 9704 8). */
  appendices: ViewAttachment[];
  /** Text before and after the page number (`— ` and ` —`); null when pages are not numbered. */
  pageNumber: { before: string; after: string } | null;
  /** The body font: recipients, attachments, signature and date lines use it. */
  bodyFont: FontSpec;
}
