import type { ConverterFactory as Factory, DictGroup, DictLike } from 'opencc-js/core';
import type * as Presets from 'opencc-js/preset';
// The one-file build of the t → cn conversion carries its presets: loading
// `opencc-js/preset` instead reads two dozen dictionary modules in every process.
import * as t2cn from 'opencc-js/t2cn';

// Its type declarations do not resolve under NodeNext (they import './core' without an extension).
const ConverterFactory = t2cn.ConverterFactory as typeof Factory;
const Locale = t2cn.Locale as typeof Presets;

// OpenCC's traditional → simplified conversion (its `t2s` configuration:
// compatibility ideographs normalised first, then phrases and characters),
// with a quick test of whether a text could change at all. The conversion
// walks a trie at every character and cost more than the rest of a plan's
// check; most lines of a simplified plan hold no traditional character and
// need not be walked.

/** The part of opencc-js's preset that `Converter({ from: 't', to: 'cn' })` uses. */
interface T2sConfig {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

const found = Locale.configs['t2s'] as unknown as T2sConfig | undefined;
if (!found) throw new Error('opencc-js has no t2s configuration');
const config: T2sConfig = found;
const groups: readonly DictGroup[] = [...(config.normalizationChain ?? []), ...config.conversionChain];

function keysOf(dict: DictLike): string[] {
  if (typeof dict !== 'string') return dict.map(([key]) => key);
  return dict === '' ? [] : dict.split('|').map((entry) => entry.slice(0, entry.indexOf(' ')));
}

/**
 * Per BMP code unit: SINGLE when a one-character key, PHRASE_START when some
 * phrase key starts with it, NORMALISED when the first step (compatibility
 * ideographs) would replace it.
 */
const SINGLE = 1;
const PHRASE_START = 2;
const NORMALISED = 4;
const bmp = new Uint8Array(0x10000);
/** Keys beyond the BMP (a few compatibility supplements), and phrases by their first code unit. */
const astralSingles = new Set<number>();
const astralNormalised = new Set<number>();
const phrasesByFirst = new Map<number, string[]>();

const singleKeys: string[] = [];
const phraseKeys: string[] = [];
for (const group of groups) {
  for (const dict of group) {
    for (const key of keysOf(dict)) {
      const first = key.codePointAt(0);
      if (first === undefined) continue;
      if (key.length === String.fromCodePoint(first).length) singleKeys.push(key);
      else phraseKeys.push(key);
    }
  }
}
for (const key of singleKeys) {
  const code = key.codePointAt(0) as number;
  if (code > 0xffff) astralSingles.add(code);
  else bmp[code] = (bmp[code] as number) | SINGLE;
}
for (const group of config.normalizationChain ?? []) {
  for (const dict of group) {
    for (const key of keysOf(dict)) {
      const code = key.codePointAt(0) as number;
      if (code > 0xffff) astralNormalised.add(code);
      else bmp[code] = (bmp[code] as number) | NORMALISED;
    }
  }
}

/** Whether the first step would change anything: most lines hold no compatibility ideograph. */
function needsNormalising(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (((bmp[unit] as number) & NORMALISED) !== 0) return true;
    if (unit >= 0xd800 && unit <= 0xdbff && astralNormalised.has(text.codePointAt(index) as number)) return true;
  }
  return false;
}

/**
 * A text changes only where some dictionary key matches. A key of one
 * character is looked up directly; a phrase holding such a character is
 * found through it; the few phrases made only of characters that stand
 * alone unchanged (反覆, 瞭解, 藉口…) are matched where they start.
 */
const isSingle = (char: string): boolean => {
  const code = char.codePointAt(0) as number;
  return code > 0xffff ? astralSingles.has(code) : ((bmp[code] as number) & SINGLE) !== 0;
};
for (const phrase of phraseKeys) {
  if ([...phrase].some(isSingle)) continue;
  const first = phrase.charCodeAt(0);
  bmp[first] = (bmp[first] as number) | PHRASE_START;
  const list = phrasesByFirst.get(first) ?? [];
  list.push(phrase);
  phrasesByFirst.set(first, list);
}

/** False when OpenCC would leave the text as it is; true when it may change it. */
export function mayChangeInSimplified(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && astralSingles.has(text.codePointAt(index) as number)) return true;
    const flags = bmp[unit] as number;
    if (flags === 0) continue;
    if ((flags & SINGLE) !== 0) return true;
    for (const phrase of phrasesByFirst.get(unit) ?? []) if (text.startsWith(phrase, index)) return true;
  }
  return false;
}

let normalise: ((text: string) => string) | undefined;
let simplify: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  simplify ??= ConverterFactory(...config.conversionChain);
  if (!needsNormalising(text)) return simplify(text);
  normalise ??= config.normalizationChain?.length ? ConverterFactory(...config.normalizationChain) : (value: string) => value;
  return simplify(normalise(text));
}
