import type { SentenceChange } from './diff-types.js';
import { textSimilarity } from './similarity.js';

/** Two sentences this alike are one sentence rewritten, not one removed and another added. */
const REWRITTEN = 0.4;

const normalise = (sentence: string): string => sentence.replace(/[\s\u3000]+/gu, '');

/**
 * The sentences of a body that changed: a sentence removed and one added
 * that are alike pair up as old → new; the rest stand alone. Sentences that
 * only moved within the body are not changes.
 */
export function sentenceChanges(oldSentences: readonly string[], newSentences: readonly string[]): SentenceChange[] {
  const oldSet = new Set(oldSentences.map(normalise));
  const newSet = new Set(newSentences.map(normalise));
  const removed = oldSentences.filter((sentence) => !newSet.has(normalise(sentence)));
  const added = newSentences.filter((sentence) => !oldSet.has(normalise(sentence)));
  const used = new Set<number>();
  const out: SentenceChange[] = [];
  for (const sentence of removed) {
    let best = -1;
    let bestScore = REWRITTEN;
    added.forEach((candidate, index) => {
      if (used.has(index)) return;
      const score = textSimilarity(sentence, candidate);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) used.add(best);
    out.push({ old: sentence, new: best >= 0 ? (added[best] as string) : null });
  }
  added.forEach((sentence, index) => {
    if (!used.has(index)) out.push({ old: null, new: sentence });
  });
  return out;
}
