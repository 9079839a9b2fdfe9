import { ConverterFactory, type DictGroup, type DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';

/**
 * OpenCC's traditional → simplified conversion (its `t2s` configuration:
 * compatibility ideographs normalised first, then phrases and characters),
 * with a quick test of whether a text could change at all. The conversion
 * walks a trie at every character and costs more than the rest of a plan's
 * check; most lines of a simplified plan hold no traditional character and
 * need not be walked.
 */
interface T2sConfig {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

const found = configs['t2s'] as unknown as T2sConfig | undefined;
if (!found) throw new Error('opencc-js has no t2s configuration');
const config: T2sConfig = found;
const groups: readonly DictGroup[] = [...(config.normalizationChain ?? []), ...config.conversionChain];

function keysOf(dict: DictLike): string[] {
  if (typeof dict !== 'string') return dict.map(([key]) => key);
  return dict === '' ? [] : dict.split('|').map((entry) => entry.slice(0, entry.indexOf(' ')));
}

const singles = new Set<number>();
const phrases: string[] = [];
for (const group of groups) {
  for (const dict of group) {
    for (const key of keysOf(dict)) {
      const first = key.codePointAt(0);
      if (first === undefined) continue;
      if (key.length === String.fromCodePoint(first).length) singles.add(first);
      else phrases.push(key);
    }
  }
}

/**
 * A text changes only where some dictionary key matches. A key of one
 * character is looked up directly; a phrase holding such a character is
 * found through it; the few phrases made only of characters that stand
 * alone unchanged (反覆, 瞭解, 藉口…) are matched as they are.
 */
const unchangedAlonePhrases = phrases.filter((phrase) => ![...phrase].some((char) => singles.has(char.codePointAt(0) as number)));
const PHRASE = unchangedAlonePhrases.length > 0 ? new RegExp(unchangedAlonePhrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u') : null;

/** False when OpenCC would leave the text as it is; true when it may change it. */
export function mayChangeInSimplified(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index) as number;
    if (singles.has(code)) return true;
    if (code > 0xffff) index += 1;
  }
  return PHRASE !== null && PHRASE.test(text);
}

let normalise: ((text: string) => string) | undefined;
let simplify: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  normalise ??= config.normalizationChain?.length ? ConverterFactory(...config.normalizationChain) : (value: string) => value;
  simplify ??= ConverterFactory(...config.conversionChain);
  return simplify(normalise(text));
}
