import type { PlanDocument } from '../plan/types.js';
import type { Change, PlanDiff, SectionRef } from './diff-types.js';
import { blocksText, splitSentences } from './plan-text.js';
import { matchSections } from './match-sections.js';
import { numberChanges } from './number-changes.js';
import { sectionNodes, type SectionNode } from './section-nodes.js';
import { sentenceChanges } from './sentence-changes.js';

/**
 * Compares two plans by their numbered trees. Sections pair up by title and
 * content (see match-sections.ts), so renumbering alone is no change. Each
 * pair may be `moved` (another parent, or out of order among its siblings),
 * `renamed` (another title) and `changed` (another body), one entry each;
 * unpaired sections are `removed` or `added`. Changes come in the new plan's
 * reading order, a removed section where it stood.
 */
export function diffPlans(oldDocument: PlanDocument, newDocument: PlanDocument): PlanDiff {
  const oldNodes = sectionNodes(oldDocument);
  const newNodes = sectionNodes(newDocument);
  const pairs = matchSections(oldNodes, newNodes);
  const reverse = new Map<number, number>();
  for (const [a, b] of pairs) reverse.set(b, a);
  const moved = movedSections(oldNodes, newNodes, pairs, reverse);

  const placed: Array<{ key: number; change: Change }> = documentChanges(oldDocument, newDocument).map((change) => ({ key: -1, change }));
  for (const b of newNodes) {
    const oldIndex = reverse.get(b.index);
    if (oldIndex === undefined) {
      placed.push({ key: b.index, change: { kind: 'added', old: null, new: b.ref } });
      continue;
    }
    const a = oldNodes[oldIndex] as SectionNode;
    if (moved.has(b.index)) placed.push({ key: b.index, change: { kind: 'moved', old: a.ref, new: b.ref } });
    if (a.title !== b.title) placed.push({ key: b.index, change: { kind: 'renamed', old: a.ref, new: b.ref } });
    if (normalise(a.body) !== normalise(b.body)) {
      const sentences = sentenceChanges(a.sentences, b.sentences);
      const numbers = sentences.flatMap((sentence) => (sentence.old !== null && sentence.new !== null ? numberChanges(sentence.old, sentence.new) : []));
      placed.push({ key: b.index, change: { kind: 'changed', old: a.ref, new: b.ref, numbers, sentences } });
    }
  }
  // A removed section goes after the new place of the section before it in the old plan.
  let anchor = -1;
  for (const a of oldNodes) {
    const newIndex = pairs.get(a.index);
    if (newIndex !== undefined) anchor = Math.max(anchor, newIndex);
    else placed.push({ key: anchor + 0.5, change: { kind: 'removed', old: a.ref, new: null } });
  }
  // Array.prototype.sort is stable: entries with the same key keep the order they were made in.
  placed.sort((x, y) => x.key - y.key);
  return { changes: placed.map((entry) => entry.change) };
}

/**
 * The document itself, before its first section: its title (`renamed`) and
 * the text before the first section (`changed`), where plans often state
 * their overall goals. Its path is empty.
 */
function documentChanges(oldDocument: PlanDocument, newDocument: PlanDocument): Change[] {
  const a = documentRef(oldDocument);
  const b = documentRef(newDocument);
  const changes: Change[] = [];
  if (a.title !== b.title) changes.push({ kind: 'renamed', old: a, new: b });
  const oldText = blocksText(oldDocument.preamble);
  const newText = blocksText(newDocument.preamble);
  if (normalise(oldText) !== normalise(newText)) {
    const sentences = sentenceChanges(splitSentences(oldText), splitSentences(newText));
    const numbers = sentences.flatMap((sentence) => (sentence.old !== null && sentence.new !== null ? numberChanges(sentence.old, sentence.new) : []));
    changes.push({ kind: 'changed', old: a, new: b, numbers, sentences });
  }
  return changes;
}

function documentRef(document: PlanDocument): SectionRef {
  const line = document.title?.position?.start.line ?? document.preamble[0]?.position?.start.line ?? null;
  return { marker: '', title: document.title?.text ?? '', path: '', line };
}

/**
 * New indices of paired sections that moved: under a parent that is not the
 * pair of their old parent, or out of order among siblings that stayed
 * together. The siblings in the longest run that kept its order stay; the
 * others moved, so deleting one section does not move those after it.
 */
function movedSections(
  oldNodes: readonly SectionNode[],
  newNodes: readonly SectionNode[],
  pairs: ReadonlyMap<number, number>,
  reverse: ReadonlyMap<number, number>,
): Set<number> {
  const moved = new Set<number>();
  const siblingsByParent = new Map<number | null, SectionNode[]>();
  for (const b of newNodes) {
    const oldIndex = reverse.get(b.index);
    if (oldIndex === undefined) continue;
    const a = oldNodes[oldIndex] as SectionNode;
    const oldParentNow = a.parent === null ? null : (pairs.get(a.parent) ?? -1);
    if (oldParentNow !== b.parent) {
      moved.add(b.index);
      continue;
    }
    const siblings = siblingsByParent.get(b.parent) ?? [];
    siblings.push(b);
    siblingsByParent.set(b.parent, siblings);
  }
  for (const siblings of siblingsByParent.values()) {
    const oldOrders = siblings.map((b) => (oldNodes[reverse.get(b.index) as number] as SectionNode).order);
    const kept = longestIncreasing(oldOrders);
    siblings.forEach((b, position) => {
      if (!kept.has(position)) moved.add(b.index);
    });
  }
  return moved;
}

/** Positions of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let best = -1;
  for (let i = 0; i < values.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if ((values[j] as number) < (values[i] as number) && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || (length[i] as number) > (length[best] as number)) best = i;
  }
  const out = new Set<number>();
  for (let i = best; i >= 0; i = previous[i] as number) out.add(i);
  return out;
}

function normalise(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}
