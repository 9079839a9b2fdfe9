import type { PlanDocument, Section } from '../plan/types.js';
import { blocksText, splitSentences } from './plan-text.js';
import { bigrams } from './similarity.js';
import type { SectionRef } from './diff-types.js';

/** A section flattened for matching, with what similarity needs precomputed. */
export interface SectionNode {
  index: number;
  parent: number | null;
  /** Position among its parent's children (or the top-level sections). */
  order: number;
  ref: SectionRef;
  title: string;
  /** The section's own body text, sub-sections left out. */
  body: string;
  sentences: string[];
  /** What the section is about: its body, or for a body-less section its sub-sections' titles. */
  contentGrams: Set<string>;
  contentLength: number;
  titleGrams: Set<string>;
}

/** Every section of a plan in reading order, parents before their children. */
export function sectionNodes(document: PlanDocument): SectionNode[] {
  const nodes: SectionNode[] = [];
  const visit = (sections: readonly Section[], parent: number | null, parentPath: string): void => {
    sections.forEach((section, order) => {
      const marker = section.marker?.raw.trim() ?? '';
      const step = marker || section.title.text;
      const path = parentPath ? `${parentPath}/${step}` : step;
      const body = blocksText(section.body);
      const content = body.trim().length > 0 ? body : section.children.map((child) => child.title.text).join('\n');
      const index = nodes.length;
      nodes.push({
        index,
        parent,
        order,
        ref: { marker, title: section.title.text, path, line: section.headingPosition?.start.line ?? section.position?.start.line ?? null },
        title: normaliseTitle(section.title.text),
        body,
        sentences: splitSentences(body),
        contentGrams: bigrams(content),
        contentLength: content.length,
        titleGrams: bigrams(section.title.text),
      });
      visit(section.children, index, path);
    });
  };
  visit(document.sections, null, '');
  return nodes;
}

function normaliseTitle(title: string): string {
  return title.replace(/[\s\u3000]+/gu, '').replace(/[。：:；;，,]+$/u, '');
}
