import { iconv } from '../../encoding/iconv.js';
import { isCommonCharacter } from '../../encoding/common-characters.js';
import { isGarbleCharacter, isHan, measureText } from '../../encoding/text-quality.js';
import type { CleaningStep } from './cleaning-step.js';

type Legacy = 'gbk' | 'big5';

/** Trail bytes of a double-byte character in GBK and in Big5. */
const TRAIL_BYTES: Record<Legacy, number[]> = {
  gbk: [...range(0x40, 0x7e), ...range(0x80, 0xfe)],
  big5: [...range(0x40, 0x7e), ...range(0xa1, 0xfe)],
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

function isSuspicious(character: string): boolean {
  return isGarbleCharacter(character) || (isHan(character) && !isCommonCharacter(character));
}

function isWide(character: string | undefined): boolean {
  return character !== undefined && character.charCodeAt(0) > 0x7f;
}

/**
 * Runs of characters that look like a byte-shifted fragment: at least one
 * character that never appears in prose (bopomofo, box drawing…) or three
 * rare ones, with at most one ordinary character between them.
 */
function findClusters(characters: string[]): Array<[number, number]> {
  const clusters: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  let strong = 0;
  let rare = 0;
  const close = (): void => {
    if (start >= 0 && (strong > 0 || rare >= 3)) clusters.push([start, end]);
    start = -1;
    strong = 0;
    rare = 0;
  };
  characters.forEach((character, index) => {
    if (!isSuspicious(character)) {
      if (start >= 0 && index - end > 2) close();
      return;
    }
    if (start < 0) start = index;
    end = index;
    if (isGarbleCharacter(character)) strong += 1;
    else rare += 1;
  });
  close();
  return clusters;
}

interface Candidate {
  text: string;
  from: number;
  to: number;
  score: number;
}

/** How often each pair of adjacent characters occurs in the document: the context that completes a lost byte. */
export function countBigrams(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const characters = [...text];
    for (let index = 0; index + 1 < characters.length; index += 1) {
      const pair = `${characters[index]}${characters[index + 1]}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/** Lead bytes of a double-byte character in GBK and in Big5. */
const LEAD_BYTES: Record<Legacy, number[]> = {
  gbk: range(0x81, 0xfe),
  big5: range(0xa1, 0xf9),
};

/**
 * A fragment decoded one byte off ends (or starts) with half a character.
 * The missing byte is chosen so that the completed character forms the
 * pair the rest of the document uses most with its neighbours; with no
 * such evidence the fragment is not repaired.
 */
function completeCharacter(
  encoding: Legacy,
  known: { lead: number } | { trail: number },
  before: string,
  after: string,
  bigrams: Map<string, number>,
): string | null {
  let best: { character: string; count: number } | null = null;
  const options = 'lead' in known ? TRAIL_BYTES[encoding] : LEAD_BYTES[encoding];
  for (const option of options) {
    const pair = 'lead' in known ? [known.lead, option] : [option, known.trail];
    const character = iconv().decode(Buffer.from(pair), encoding);
    if (character.length !== 1 || character === '\ufffd' || !isCommonCharacter(character)) continue;
    const count = (bigrams.get(`${before}${character}`) ?? 0) + (bigrams.get(`${character}${after}`) ?? 0);
    if (count > 0 && (!best || count > best.count)) best = { character, count };
  }
  return best?.character ?? null;
}

function decodeStrict(bytes: Uint8Array, encoding: Legacy): string | null {
  const text = iconv().decode(Buffer.from(bytes), encoding);
  return text.includes('\ufffd') ? null : text;
}

/** Decodes bytes that start on a character boundary; a lone last byte is completed from context. */
function decodeAligned(bytes: Uint8Array, encoding: Legacy, before: string, after: string, bigrams: Map<string, number>): string | null {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  const head = decodeStrict(even, encoding);
  if (head === null || bytes.length % 2 === 0) return head;
  const completed = completeCharacter(encoding, { lead: bytes[bytes.length - 1] as number }, [...head].at(-1) ?? before, after, bigrams);
  return completed === null ? null : head + completed;
}

/**
 * The two ways a fragment goes one byte off: decoding started a byte early
 * (drop the first byte) or a byte late (the first character lost its lead
 * byte: find it from context).
 */
function shiftedReadings(window: string, encoding: Legacy, before: string, after: string, bigrams: Map<string, number>): string[] {
  const bytes = iconv().encode(window, encoding);
  if (iconv().decode(bytes, encoding) !== window) return [];
  const readings: string[] = [];
  const early = decodeAligned(bytes.subarray(1), encoding, before, after, bigrams);
  if (early !== null) readings.push(early);
  const rest = decodeAligned(bytes.subarray(1), encoding, before, after, bigrams);
  const first = bytes[0];
  if (rest !== null && first !== undefined) {
    const lost = completeCharacter(encoding, { trail: first }, before, [...rest][0] ?? after, bigrams);
    if (lost !== null) readings.push(lost + rest);
  }
  return readings;
}

const BIG5_RESYNC = /([^\x00-\x7f])([\x40-\x7e])(?=([^\x00-\x7f]))/gu;
const BIG5_RESYNC_CANDIDATE = /[^\x00-\x7f][\x40-\x7e][^\x00-\x7f]/u;
const OPENING_PUNCTUATION = new Set(['（', '「', '『', '【', '《', '“', '〔']);

/**
 * Big5 trail bytes include ASCII letters and brackets, so a Big5 text read
 * one byte early falls back into step after a character or two, leaving a
 * wide character and an ASCII one (`﹛]二）` for `（二）`). The pair is read
 * again without its first byte; the result is kept only when the document
 * uses it before the next character, or it opens a bracket.
 */
function repairBig5Resync(text: string, bigrams: Map<string, number>): { text: string; repairs: number } {
  let repairs = 0;
  const result = text.replace(BIG5_RESYNC, (match: string, wide: string, ascii: string, next: string) => {
    const bytes = iconv().encode(wide, 'big5');
    if (bytes.length !== 2 || iconv().decode(bytes, 'big5') !== wide) return match;
    const character = iconv().decode(Buffer.from([bytes[1] as number, ascii.charCodeAt(0)]), 'big5');
    if (character.length !== 1 || character === '\ufffd') return match;
    if ((bigrams.get(`${wide}${ascii}`) ?? 0) > 1) return match;
    const fits = OPENING_PUNCTUATION.has(character) || (isCommonCharacter(character) && (bigrams.get(`${character}${next}`) ?? 0) > 0);
    if (!fits) return match;
    repairs += 1;
    return character;
  });
  return { text: result, repairs };
}

/** Repairs one line, or explains why not. */
export function repairLine(
  text: string,
  bigramSource: Map<string, number> | (() => Map<string, number>),
): { text: string; repairs: number; unrepaired: string[] } {
  let bigramCache: Map<string, number> | undefined;
  const bigramsOf = (): Map<string, number> => (bigramCache ??= typeof bigramSource === 'function' ? bigramSource() : bigramSource);
  const characters = [...text];
  const suspicious = characters.some(isSuspicious);
  const resync = BIG5_RESYNC_CANDIDATE.test(text);
  // Almost every line is clean: the document statistics are only gathered when a line needs them.
  if (!suspicious && !resync) return { text, repairs: 0, unrepaired: [] };
  const replacements: Candidate[] = [];
  const unrepaired: string[] = [];
  for (const [start, end] of findClusters(characters)) {
    let best: Candidate | null = null;
    for (const from of [start - 2, start - 1, start]) {
      for (const to of [end + 1, end + 2]) {
        if (from < 0 || to > characters.length) continue;
        const window = characters.slice(from, to);
        if (!window.every(isWide)) continue;
        const original = window.join('');
        const originalScore = measureText(original).score;
        for (const encoding of ['gbk', 'big5'] as const) {
          for (const reading of shiftedReadings(original, encoding, characters[from - 1] ?? '', characters[to] ?? '', bigramsOf())) {
            const quality = measureText(reading);
            // Plainly better: nothing garbled left, every Han character common, and a clear gain.
            if (quality.garble > 0 || quality.commonHan < quality.han || quality.score - originalScore < 0.8) continue;
            // On a tie the wider window wins: it resynchronises from an earlier byte and leaves no half character behind.
            if (!best || quality.score > best.score || (quality.score === best.score && to - from > best.to - best.from)) {
              best = { text: reading, from, to, score: quality.score };
            }
          }
        }
      }
    }
    if (best) replacements.push(best);
    else if (characters.slice(start, end + 1).some(isGarbleCharacter)) unrepaired.push(characters.slice(Math.max(0, start - 2), end + 3).join(''));
  }
  let repaired = characters;
  for (const replacement of replacements.sort((a, b) => b.from - a.from)) {
    repaired = [...repaired.slice(0, replacement.from), ...replacement.text, ...repaired.slice(replacement.to)];
  }
  const resynced = resync ? repairBig5Resync(repaired.join(''), bigramsOf()) : { text: repaired.join(''), repairs: 0 };
  return { text: resynced.text, repairs: replacements.length + resynced.repairs, unrepaired };
}

export const repairByteShift: CleaningStep = {
  id: 'repair-byte-shift',
  title: {
    zh: '修复错位一个字节解码的 GBK/Big5 乱码（仅在修复结果明显更好时）',
    en: 'repair GBK/Big5 fragments decoded one byte off (only when the repair is plainly better)',
  },
  enabledByDefault: true,
  run(lines, context) {
    let bigrams: Map<string, number> | undefined;
    const documentBigrams = (): Map<string, number> => (bigrams ??= countBigrams(lines.map((line) => line.text)));
    return lines.map((line) => {
      if (line.kind !== 'text') return line;
      const result = repairLine(line.text, documentBigrams);
      if (result.repairs > 0) context.record({ step: this.id, line: line.line, before: line.text, after: result.text, count: result.repairs });
      for (const fragment of result.unrepaired) {
        context.flag({
          kind: 'unrepaired-shift',
          line: line.line,
          text: fragment,
          note: { zh: '疑似乱码，自动修复没有把握，请对照原文改正', en: 'looks garbled and no repair was certain; correct it against the original' },
        });
      }
      return { ...line, text: result.text };
    });
  },
};
