import { parseChineseNumeral, toHalfWidthDigits } from '../plan/chinese-numerals.js';

/** An attachment's label recognised in a heading's or a line's text. */
export interface AttachmentLabelMatch {
  /** The label as printed: `附件` or `附件` and the number as written (`附件1`, `附件二`). */
  label: string;
  number: number | null;
  /** Index in the text where a title on the label's own line starts (`附件1：分工表`), or null. */
  titleStart: number | null;
}

const SPACE = '[ \\t\\u3000]';
const NUMBER = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
/**
 * `附件`, `附件1`, `附件 2`, `附件二`, each optionally followed by a colon (or
 * spaces, after a number) and a title. The number must end there: `附件一览表`
 * and `附件 2027年任务表` are no labels of a numbered attachment.
 */
const HEADING_LABEL = new RegExp(`^附件${SPACE}*(?:${NUMBER}(?=$|${SPACE}|[：:．.、]))?(${SPACE}*[：:．.、]|${SPACE}+)?${SPACE}*`);
/** A line of its own that is only the label: `附件`, `附件1`. A line `附件：1.名称` is the 附件说明, not a label. */
const LINE_LABEL = new RegExp(`^附件${SPACE}*${NUMBER}?${SPACE}*$`);

function numberOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  return /[0-9０-９]/.test(text) ? Number.parseInt(toHalfWidthDigits(text), 10) : parseChineseNumeral(text);
}

/**
 * Reads the label of an attachment from a Markdown heading's text: any
 * heading that starts with 附件 and a number, a colon or nothing more.
 */
export function matchAttachmentHeading(text: string): AttachmentLabelMatch | null {
  const trimmed = text.trim();
  const match = HEADING_LABEL.exec(trimmed);
  if (!match) return null;
  const rest = trimmed.slice(match[0].length);
  const separator = match[2];
  // 附件 followed by text without a separator (附件管理办法) is a heading about attachments, not a label.
  if (rest.length > 0 && separator === undefined) return null;
  // After a bare 附件 only a colon introduces a title (附件、 and 附件. start no title).
  if (rest.length > 0 && match[1] === undefined && separator !== undefined && /[．.、]/.test(separator)) return null;
  const offset = text.indexOf(trimmed);
  return {
    label: `附件${match[1] ? toHalfWidthDigits(match[1]) : ''}`,
    number: numberOf(match[1]),
    titleStart: rest.length > 0 ? offset + match[0].length : null,
  };
}

/** Reads a label written as a line of its own (`附件1`), with nothing else on the line. */
export function matchAttachmentLine(text: string): AttachmentLabelMatch | null {
  const match = LINE_LABEL.exec(text.trim());
  if (!match) return null;
  return { label: `附件${match[1] ? toHalfWidthDigits(match[1]) : ''}`, number: numberOf(match[1]), titleStart: null };
}

/** Punctuation that ends a sentence: a line ending with it is text, not an attachment's title. */
const SENTENCE_END = /[。；;，,：:！!？?、]$/;
/** Longest title read from a line of text after a label (two lines of the title font). */
const MAX_TITLE_LENGTH = 60;

/** Whether a line of text right after a label reads as the attachment's title. */
export function looksLikeTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_TITLE_LENGTH && !SENTENCE_END.test(trimmed);
}
