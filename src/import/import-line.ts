import type { Text } from '../i18n/text.js';

/**
 * One line of an imported document on its way to Markdown. `line` is where
 * it came from (1-based, in the decoded source, or the paragraph number of a
 * Word file), so that every change and every question in the report can be
 * found in the original.
 */
export interface ImportLine {
  text: string;
  line: number;
  /** Table rows keep their cells apart; quotes are notes a scraper added. */
  kind: 'text' | 'table-row' | 'quote';
  cells?: string[];
  /** The text is Markdown already (from a .md file): its inline syntax is kept, not escaped. */
  markdown?: boolean;
  /** The title of one of several plans in the file (found by the numbering starting again). */
  planTitle?: boolean;
}

/** One edit a cleaning step made, for the report. */
export interface ImportChange {
  step: string;
  line: number;
  before: string;
  after: string;
  /** How many edits this line received (a line may hold many pinyin annotations). */
  count: number;
}

/** Something left for a person to decide. */
export interface ReviewItem {
  kind: 'placeholder' | 'garbled' | 'unrepaired-shift' | 'lost-character' | 'not-imported';
  line: number;
  text: string;
  note: Text;
}
