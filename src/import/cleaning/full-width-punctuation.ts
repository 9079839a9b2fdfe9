import type { CleaningStep } from './cleaning-step.js';
import { mapTexts } from './cleaning-step.js';
import { MISSING_CHARACTER } from './remove-pinyin.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’《》…—]/u;
const URL = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff01-\uff5e“”]+|www\.[a-z0-9.-]+[^\s\u3000-\u303f\uff01-\uff5e“”]*/giu;

function isCjk(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 0x2000) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return CJK.test(character);
}

/**
 * Half-width marks after a Chinese character; numbers (1,000), times (10:30)
 * and URLs never qualify. A doubled mark (`獎,,推薦`) becomes one.
 */
function convertPlain(text: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  let previous: string | undefined;
  const characters = [...text];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] as string;
    const next = characters[index + 1];
    if (',;:!?'.includes(character) && isCjk(previous)) {
      if (character === '?' && next === ' ' && isCjk(characters[index + 2])) {
        // `求新? 務實`: a `?` followed by a space stands for a lost character.
        out += MISSING_CHARACTER;
        previous = MISSING_CHARACTER;
      } else if (previous !== FULL[character]) {
        out += FULL[character];
        previous = FULL[character];
      }
      // A full-width mark carries its own space: `开工, 三条` → `开工，三条`.
      let after = index + 1;
      while (characters[after] === ' ') after += 1;
      if (after > index + 1 && isCjk(characters[after]) && previous !== MISSING_CHARACTER) index = after - 1;
      count += 1;
    } else {
      out += character;
      previous = character;
    }
  }
  return convertBrackets(out, count);
}

/** A bracket pair around Chinese text, or beside it: `(一)`, `襄樊(樊城)`, `人(次)`. */
function convertBrackets(text: string, count: number): { text: string; count: number } {
  let edits = count;
  const result = text.replace(/[(（]([^()（）]{1,40})[)）]/gu, (match: string, inner: string, offset: number) => {
    if (!match.startsWith('(') && !match.endsWith(')')) return match;
    const before = text[offset - 1];
    const after = text[offset + match.length];
    const chinese = /\p{Script=Han}/u.test(inner) || isCjk(before) || isCjk(after) || offset === 0;
    if (!chinese || inner.includes('://')) return match;
    edits += 1;
    return `（${inner}）`;
  });
  return { text: result, count: edits };
}

export function toFullWidthPunctuation(text: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  let last = 0;
  for (const url of text.matchAll(URL)) {
    const converted = convertPlain(text.slice(last, url.index));
    out += converted.text + url[0];
    count += converted.count;
    last = url.index + url[0].length;
  }
  const tail = convertPlain(text.slice(last));
  return { text: out + tail.text, count: count + tail.count };
}

export const fullWidthPunctuation: CleaningStep = {
  id: 'full-width-punctuation',
  title: {
    zh: '汉字之间的半角标点改为全角（数字、时间、网址除外）',
    en: 'half-width punctuation between Chinese characters made full-width (not in numbers, times, URLs)',
  },
  enabledByDefault: true,
  run(lines, context) {
    return mapTexts(lines, this.id, context, (text, line) => {
      for (const lost of text.matchAll(/\p{Script=Han}\? (?=\p{Script=Han})/gu)) {
        context.flag({
          kind: 'lost-character',
          line,
          text: text.slice(Math.max(0, lost.index - 6), lost.index + 8),
          note: {
            zh: '“? ”多半是转码时丢失的字符（如间隔号），已标为 〓，请对照原文补上',
            en: '"? " is most likely a character lost in conversion (e.g. a separator dot); marked 〓, restore it from the original',
          },
        });
      }
      return toFullWidthPunctuation(text);
    });
  },
};
