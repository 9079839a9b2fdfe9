import type { NumberChange } from './diff-types.js';

/**
 * A number with what it counts, as a reader would quote it: `到2035年`,
 * `30项`, `5.5%`, `1200万人`. A leading 到/至/近/约/超 is kept (not the 到 of 达到) because it
 * says what the number means.
 */
const NUMBER_TOKEN = /(?:(?<!达)到|至|近|约|超)?[0-9０-９]+(?:[.．,][0-9０-９]+)*(?:%|％|‰|个百分点|[万亿千百]*[\p{Script=Han}])?/gu;

export function numberTokens(sentence: string): string[] {
  return Array.from(sentence.matchAll(NUMBER_TOKEN), (match) => match[0]);
}

/**
 * The numbers that differ between two versions of a sentence, old → new:
 * the tokens both share (longest common subsequence) are the frame, and the
 * ones left over on each side pair up in order.
 */
export function numberChanges(oldSentence: string, newSentence: string): NumberChange[] {
  const a = numberTokens(oldSentence);
  const b = numberTokens(newSentence);
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const changes: NumberChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    for (let k = 0; k < Math.min(removed.length, added.length); k += 1) changes.push({ old: removed[k]!, new: added[k]! });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      removed.push(a[i]!);
      i += 1;
    } else {
      added.push(b[j]!);
      j += 1;
    }
  }
  flush();
  return changes;
}
