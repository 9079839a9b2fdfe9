/**
 * The body elements of a .docx as plain typed data: paragraphs, runs, links,
 * tables and text boxes. Their constructors take the options the docx
 * library's constructors of the same names take (the subset `plan` uses),
 * so a builder reads the same whichever writes it; `write-body.ts` writes
 * them as WordprocessingML, and `to-docx.ts` hands them to docx, whose
 * output is the reference the tests hold ours to.
 */

export type Alignment = 'left' | 'center' | 'right' | 'both';
export type LineRule = 'exact' | 'auto' | 'atLeast';

export interface Spacing {
  readonly before?: number;
  readonly after?: number;
  readonly line?: number;
  readonly lineRule?: LineRule;
}

export interface Indent {
  readonly left?: number;
  readonly right?: number;
  readonly hanging?: number;
  readonly firstLine?: number;
  readonly firstLineChars?: number;
}

export interface BorderLine {
  readonly style: 'single' | 'double' | 'thick' | 'nil' | 'none';
  /** Eighths of a point. */
  readonly size: number;
  readonly color: string;
  /** Points between the line and the text. */
  readonly space?: number;
}

export interface ParagraphBorders {
  readonly top?: BorderLine;
  readonly left?: BorderLine;
  readonly bottom?: BorderLine;
  readonly right?: BorderLine;
}

export interface TabStop {
  readonly type: 'left' | 'center' | 'right';
  readonly position: number;
}

export interface RunFont {
  readonly ascii?: string;
  readonly cs?: string;
  readonly eastAsia?: string;
  readonly hAnsi?: string;
  readonly hint?: 'eastAsia' | 'default' | 'cs';
}

/** How a run looks; keys left undefined are not written. */
export interface RunLook {
  readonly font?: RunFont | undefined;
  /** Half-points. */
  readonly size?: number | undefined;
  readonly bold?: boolean | undefined;
  readonly italics?: boolean | undefined;
  readonly strike?: boolean | undefined;
  readonly color?: string | undefined;
  /** Twentieths of a point, added between characters. */
  readonly characterSpacing?: number | undefined;
}

export interface RunOptions extends RunLook {
  readonly text?: string | undefined;
  /** Line breaks before the text. */
  readonly break?: number | undefined;
  readonly children?: readonly (string | Tab)[] | undefined;
}

export class Tab {
  readonly kind = 'tab';
}

export class TextRun {
  readonly kind = 'run';
  readonly options: RunOptions;
  constructor(options: RunOptions | string) {
    this.options = typeof options === 'string' ? { text: options } : options;
  }
}

export class ExternalHyperlink {
  readonly kind = 'hyperlink';
  constructor(readonly options: { readonly link: string; readonly children: readonly TextRun[] }) {}
}

export type ParagraphChild = TextRun | ExternalHyperlink;

/** What a paragraph's `w:pPr` holds; the writer puts them in the schema's order. */
export interface ParagraphProperties {
  readonly alignment?: Alignment | undefined;
  readonly spacing?: Spacing | undefined;
  readonly indent?: Indent | undefined;
  readonly keepNext?: boolean | undefined;
  readonly keepLines?: boolean | undefined;
  readonly pageBreakBefore?: boolean | undefined;
  readonly widowControl?: boolean | undefined;
  readonly border?: ParagraphBorders | undefined;
  readonly tabStops?: readonly TabStop[] | undefined;
  /** `w:autoSpaceDN`: extra space between East Asian text and digits. */
  readonly autoSpaceEastAsianText?: boolean | undefined;
}

export interface ParagraphOptions extends ParagraphProperties {
  readonly children?: readonly ParagraphChild[];
}

export class Paragraph {
  readonly kind = 'paragraph';
  constructor(readonly options: ParagraphOptions) {}
}

export interface TableWidth {
  readonly size: number;
  readonly type: 'dxa' | 'pct' | 'auto';
}

export interface TableBorders {
  readonly top?: BorderLine;
  readonly left?: BorderLine;
  readonly bottom?: BorderLine;
  readonly right?: BorderLine;
  readonly insideHorizontal?: BorderLine;
  readonly insideVertical?: BorderLine;
}

export class TableCell {
  readonly kind = 'cell';
  constructor(
    readonly options: {
      readonly width?: TableWidth;
      readonly verticalAlign?: 'top' | 'center' | 'bottom';
      readonly children: readonly Paragraph[];
    },
  ) {}
}

export class TableRow {
  readonly kind = 'row';
  constructor(readonly options: { readonly tableHeader?: boolean; readonly cantSplit?: boolean; readonly children: readonly TableCell[] }) {}
}

export class Table {
  readonly kind = 'table';
  constructor(
    readonly options: {
      readonly rows: readonly TableRow[];
      readonly width?: TableWidth;
      readonly columnWidths?: readonly number[];
      readonly layout?: 'fixed' | 'autofit';
      readonly borders?: TableBorders;
    },
  ) {}
}

/** A VML text box's placement, written as its CSS-like `style`, in the order given. */
export interface TextboxStyle {
  readonly position?: 'absolute' | 'relative';
  readonly width?: string;
  readonly height?: string;
  readonly positionHorizontalRelative?: 'margin' | 'page' | 'text' | 'char';
  readonly positionVerticalRelative?: 'margin' | 'page' | 'text' | 'line';
  readonly marginLeft?: string;
  readonly marginTop?: string;
}

/** A paragraph anchoring a text box that holds paragraphs of its own. */
export class Textbox {
  readonly kind = 'textbox';
  constructor(readonly options: ParagraphProperties & { readonly style: TextboxStyle; readonly children: readonly Paragraph[] }) {}
}

export type BodyElement = Paragraph | Table | Textbox;
