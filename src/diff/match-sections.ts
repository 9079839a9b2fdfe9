import type { SectionNode } from './section-nodes.js';
import { dice } from './similarity.js';

/** Bodies this alike are the same section even when the title changed. */
const SAME_CONTENT = 0.5;
/** A title this alike, with a body at least partly kept, is the same section. */
const SIMILAR_TITLE = 0.6;
const KEPT_CONTENT = 0.3;
/** A section under the same number whose title is this alike is the same section retitled. */
const SAME_PLACE_TITLE = 0.4;
/** Content shorter than this (in characters) is too little to recognise a section by. */
const MIN_CONTENT = 8;

interface Candidate {
  old: number;
  new: number;
  score: number;
}

/**
 * Pairs the sections of two plans by what they say, not by their numbers:
 * a section whose number changed only because one before it was deleted
 * still pairs with itself. Every pair of sections is scored on its title and
 * content; the best pairs are taken first, each section at most once.
 * Returns old index → new index.
 */
export function matchSections(oldNodes: readonly SectionNode[], newNodes: readonly SectionNode[]): Map<number, number> {
  const candidates: Candidate[] = [];
  for (const a of oldNodes) {
    for (const b of newNodes) {
      const sameTitle = a.title === b.title && a.title.length > 0;
      const titleSimilarity = sameTitle ? 1 : dice(a.titleGrams, b.titleGrams);
      const enoughContent = Math.min(a.contentLength, b.contentLength) >= MIN_CONTENT;
      const contentSimilarity = enoughContent ? dice(a.contentGrams, b.contentGrams) : 0;
      const alike =
        sameTitle ||
        (enoughContent && contentSimilarity >= SAME_CONTENT) ||
        (titleSimilarity >= SIMILAR_TITLE && (contentSimilarity >= KEPT_CONTENT || !enoughContent)) ||
        (a.ref.path === b.ref.path && a.ref.marker !== '' && titleSimilarity >= SAME_PLACE_TITLE);
      if (!alike) continue;
      const parentBonus = sameParentTitle(a, b, oldNodes, newNodes) ? 0.2 : 0;
      candidates.push({ old: a.index, new: b.index, score: (sameTitle ? 1 : titleSimilarity * 0.8) + contentSimilarity + parentBonus });
    }
  }
  // Ties go to the pair nearer in reading order, so that repeated titles pair in order.
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.old - x.new) - Math.abs(y.old - y.new) || x.old - y.old);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (pairs.has(candidate.old) || taken.has(candidate.new)) continue;
    pairs.set(candidate.old, candidate.new);
    taken.add(candidate.new);
  }
  return pairs;
}

function sameParentTitle(a: SectionNode, b: SectionNode, oldNodes: readonly SectionNode[], newNodes: readonly SectionNode[]): boolean {
  if (a.parent === null || b.parent === null) return a.parent === b.parent;
  return oldNodes[a.parent]?.title === newNodes[b.parent]?.title;
}
