import { PlanError } from '../errors.js';

/**
 * What a plan may hold, checked before it is parsed. A real plan is a few
 * dozen KB, nests a handful of levels and has at most a few hundred list
 * items; these limits sit far above that and below where the Markdown parser
 * or what follows it runs out of stack (containers nested deep), out of memory
 * (tens of MB of dense markup) or takes minutes (its work grows with the
 * square of the number of list items and block quotes, and of the emphasis
 * marks in one paragraph). The README's limits table lists them.
 */
export const PLAN_LIMITS = {
  /** The file's size in bytes. */
  bytes: 10 * 1024 * 1024,
  /**
   * Block quotes and list markers opened at the start of one line (`> > - 1. …`).
   * The parser reads a thousand, but each level costs every later step
   * (checks, outline, rendering) a level of recursion.
   */
  nesting: 100,
  /** Lines that start a list item or a block quote, in the whole plan. */
  containerLines: 2000,
  /** Emphasis, strikethrough, code and link marks in one paragraph (lines without a blank line between them). */
  inlineMarks: 10_000,
} as const;

const MB = 1024 * 1024;

/** The PlanError for a file of `size` bytes, or null when it is within the limit. */
export function planSizeError(size: number, file: string): PlanError | null {
  if (size <= PLAN_LIMITS.bytes) return null;
  return new PlanError(
    {
      zh: `${file} 有 ${(size / MB).toFixed(1)} MB，超过计划文件的上限 ${PLAN_LIMITS.bytes / MB} MB；请确认选对了文件，或把它拆成多个计划`,
      en: `${file} is ${(size / MB).toFixed(1)} MB, over the ${PLAN_LIMITS.bytes / MB} MB limit for a plan; check that this is the right file, or split it into several plans`,
    },
    { place: { file } },
  );
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const QUOTE = 0x3e; // >

function isListBullet(code: number): boolean {
  return code === 0x2d || code === 0x2b || code === 0x2a; // - + *
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isInlineMark(code: number): boolean {
  return code === 0x2a || code === 0x5f || code === 0x7e || code === 0x60 || code === 0x5b || code === 0x5d; // * _ ~ ` [ ]
}

/**
 * Counts the container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) that open
 * the line starting at `start`, as Markdown reads them: each followed by a
 * space, a tab or the line's end (`>` needs nothing after it).
 */
function containerMarkers(text: string, start: number): { markers: number; end: number } {
  let index = start;
  let markers = 0;
  for (;;) {
    while (text.charCodeAt(index) === SPACE || text.charCodeAt(index) === TAB) index += 1;
    const code = text.charCodeAt(index);
    let after = -1;
    if (code === QUOTE) after = index + 1;
    else if (isListBullet(code)) after = index + 1;
    else if (isDigit(code)) {
      let digitEnd = index;
      while (isDigit(text.charCodeAt(digitEnd)) && digitEnd - index < 10) digitEnd += 1;
      const mark = text.charCodeAt(digitEnd);
      if (digitEnd - index <= 9 && (mark === 0x2e || mark === 0x29)) after = digitEnd + 1;
    }
    if (after === -1) break;
    const next = text.charCodeAt(after);
    if (code !== QUOTE && !(next === SPACE || next === TAB || next === NEWLINE || Number.isNaN(next))) break;
    markers += 1;
    index = after;
  }
  return { markers, end: index };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/**
 * The PlanError for a plan's text that is past one of PLAN_LIMITS, or null.
 * One pass over the text, so that a hostile file is refused within moments
 * instead of parsed for minutes. `file` is how the message names it.
 */
export function planLimitError(text: string, file: string): PlanError | null {
  const bytes = Buffer.byteLength(text);
  const sizeError = planSizeError(bytes, file);
  if (sizeError) return sizeError;

  let containerLines = 0;
  let marks = 0;
  let paragraphStart = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const { markers, end: contentStart } = containerMarkers(text, start);
    if (markers > PLAN_LIMITS.nesting) {
      const line = lineOf(text, start);
      return limitError(file, line, {
        zh: `第 ${line} 行嵌套了 ${markers} 层引用或列表，超过上限 ${PLAN_LIMITS.nesting} 层；计划的层级请用编号（一、（一）1.）表示，并删去多余的 > 或 - 标记`,
        en: `line ${line} nests ${markers} block quotes or lists, over the limit of ${PLAN_LIMITS.nesting}; show a plan's levels by their numbering (一、（一）1.) and remove the extra > or - marks`,
      });
    }
    if (markers > 0) containerLines += 1;
    if (containerLines > PLAN_LIMITS.containerLines) {
      const line = lineOf(text, start);
      return limitError(file, line, {
        zh: `到第 ${line} 行已有超过 ${PLAN_LIMITS.containerLines} 个列表项或引用行，超过上限；请把列表写成编号段落（1. 后不加空格，或用 1、），或把文件拆成多个计划`,
        en: `by line ${line} the plan has more than ${PLAN_LIMITS.containerLines} list items or quoted lines, over the limit; write the lists as numbered paragraphs (1、 or 1. without a space after it), or split the file into several plans`,
      });
    }
    let blank = true;
    for (let index = contentStart; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (code !== SPACE && code !== TAB && code !== 0x0d) blank = false;
      // A run of one mark counts once: `**` is one delimiter run, as Markdown reads it.
      if (isInlineMark(code) && text.charCodeAt(index - 1) !== code) marks += 1;
    }
    if (blank) {
      marks = 0;
      paragraphStart = end + 1;
    } else if (marks > PLAN_LIMITS.inlineMarks) {
      const line = lineOf(text, paragraphStart);
      return limitError(file, line, {
        zh: `第 ${line} 行起的段落有超过 ${PLAN_LIMITS.inlineMarks} 个强调、删除线、代码或链接标记（* _ ~ \` [ ]），超过上限；请在段落之间加空行，或删去多余的标记`,
        en: `the paragraph from line ${line} holds more than ${PLAN_LIMITS.inlineMarks} emphasis, strikethrough, code or link marks (* _ ~ \` [ ]), over the limit; separate its paragraphs with blank lines, or remove the extra marks`,
      });
    }
    start = end + 1;
  }
  return null;
}

function limitError(file: string, line: number, text: { zh: string; en: string }): PlanError {
  return new PlanError({ zh: `${file} ${text.zh}`, en: `${file}: ${text.en}` }, { place: { file, line } });
}
