import type { Inline } from '../plan/types.js';
import { plainText, splitAt, trimEnd, trimStart } from './inlines.js';
import type { Locator } from './locator.js';

/** Punctuation that ends a run-in heading: the body follows on the same line. */
const RUN_IN_ENDS = new Set(['。', '！', '？', '：', ':']);
/** Punctuation that may close a stand-alone heading (a rule decides whether it should). */
const CLOSING = new Set(['。', '：', ':', '；', ';', '，', ',', '！', '？', '!', '?', '.', '、']);
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '「': '」', '『': '』', '【': '】' };
const CLOSER_OF = new Map(Object.entries(OPENERS).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const RUN_IN_END_CODES = new Set([...RUN_IN_ENDS].map((char) => char.charCodeAt(0)));

export interface RunInSplit {
  title: Inline[];
  terminator: string | null;
  body: Inline[];
}

/**
 * Splits `加强领导。各部门……` into the heading (加强领导), its closing
 * punctuation (。) and the body that runs on. Punctuation inside quotes or
 * brackets does not end the heading.
 */
export function splitRunIn(inlines: Inline[], locator?: Locator): RunInSplit {
  const trimmed = trimEnd(trimStart(inlines, locator), locator);
  const text = plainText(trimmed);
  const closers: number[] = [];
  // By code unit: a string for each character of each paragraph was most of this function's time.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const closer = CLOSER_OF.get(code);
    if (closer !== undefined) {
      closers.push(closer);
      continue;
    }
    if (closers.length > 0) {
      if (code === closers[closers.length - 1]) closers.pop();
      continue;
    }
    if (!RUN_IN_END_CODES.has(code)) continue;
    const char = text[index] as string;
    // 3:00 is a time, not a heading that runs on.
    if (char === ':' && /[0-9]/.test(text[index - 1] ?? '') && /[0-9]/.test(text[index + 1] ?? '')) continue;
    const rest = text.slice(index + 1);
    if (rest.trim().length === 0) break;
    const [title, after] = splitAt(trimmed, index, locator);
    const [, body] = splitAt(after, 1, locator);
    return { title: trimEnd(title, locator), terminator: char, body: trimStart(body, locator) };
  }
  const last = text[text.length - 1];
  if (last !== undefined && CLOSING.has(last)) {
    const [title] = splitAt(trimmed, text.length - 1, locator);
    return { title: trimEnd(title, locator), terminator: last, body: [] };
  }
  return { title: trimmed, terminator: null, body: [] };
}
