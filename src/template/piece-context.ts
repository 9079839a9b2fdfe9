import type { PlanMetadata } from '../plan/types.js';
import type { LoadedTemplate } from './load-template.js';
import type { PieceName } from './manifest-types.js';
import { formatOfficialDate } from './format-date.js';

/**
 * What the text pieces see. Every key is present (null or an empty list when
 * the plan lacks it), because the pieces are compiled in strict mode: a
 * misspelt field is an error, never an empty string in a printed document.
 */
export interface PieceContext {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** 成文日期 as printed: 2027年1月5日. */
  date: string | null;
  recipients: string[];
  cc: string[];
  printer: string | null;
  printDate: string | null;
  attachments: Array<{ number: number; name: string }>;
  /** True when there is more than one attachment (GB/T 9704 numbers them then). */
  attachmentsNumbered: boolean;
  signature: string | null;
  signer: string | null;
  notes: string | null;
  classification: string | null;
  urgency: string | null;
  /** 份号: six digits (GB/T 9704 7.2.1). */
  copyNumber: string | null;
  /** The page number, for `page-number`; the renderer passes a field placeholder. */
  page: string;
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter((item) => item.length > 0);
}

function date(value: string | undefined): string | null {
  if (value === undefined) return null;
  return formatOfficialDate(value) ?? value;
}

/**
 * The 附注 without the brackets it was typed in: the notes piece prints it in
 * brackets (GB/T 9704 7.3.6), and `notes: （此件公开发布）` printed
 * `（（此件公开发布））`. Only one pair that encloses the whole text is taken:
 * `（一）……（二）……` keeps its own.
 */
export function withoutOuterBrackets(text: string): string {
  const match = /^[（(]([\s\S]*)[）)]$/.exec(text);
  if (!match) return text;
  const inner = match[1] as string;
  let depth = 0;
  for (const char of inner) {
    if (char === '（' || char === '(') depth += 1;
    else if (char === '）' || char === ')') depth -= 1;
    if (depth < 0) return text;
  }
  return depth === 0 ? inner.trim() : text;
}

/**
 * A list item without the mark the piece puts after the list: the
 * recipients piece ends in `：` and the 抄送 piece in `。`, and
 * `recipients: 各处室：` printed `各处室：：`.
 */
export function withoutTrailing(marks: string, text: string): string {
  let end = text.length;
  while (end > 0 && (marks.includes(text[end - 1] as string) || /\s/.test(text[end - 1] as string))) end -= 1;
  return text.slice(0, end);
}

export function buildPieceContext(metadata: PlanMetadata, title: string | null): PieceContext {
  const attachments = list(metadata.attachments as string | string[] | undefined).map((name, index) => ({ number: index + 1, name }));
  const copyNumber = metadata.copyNumber === undefined ? null : String(metadata.copyNumber).padStart(6, '0');
  return {
    title,
    issuer: metadata.issuer ?? null,
    docNumber: metadata.docNumber ?? null,
    date: date(metadata.date),
    recipients: list(metadata.recipients as string | string[] | undefined).map((item) => withoutTrailing('：:', item)),
    cc: list(metadata.cc as string | string[] | undefined).map((item) => withoutTrailing('。.', item)),
    printer: metadata.printer ?? null,
    printDate: date(metadata.printDate),
    attachments,
    attachmentsNumbered: attachments.length > 1,
    // GB/T 9704 7.3.5: the signature is the issuer's name when none is given.
    signature: metadata.signature ?? metadata.issuer ?? null,
    signer: metadata.signer ?? null,
    notes: metadata.notes === undefined ? null : withoutOuterBrackets(metadata.notes.trim()),
    classification: metadata.classification ?? null,
    urgency: metadata.urgency ?? null,
    copyNumber,
    page: '',
  };
}

/**
 * Renders one text piece to its lines: a piece may print several lines
 * (附件说明 with many attachments); blank lines are dropped, and a trailing
 * newline is the template author's layout, not an empty paragraph.
 */
export function renderPiece(template: LoadedTemplate, name: PieceName, context: PieceContext): string[] {
  return template.pieces[name](context)
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0);
}
