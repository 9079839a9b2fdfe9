import type { PlanDocument, Section } from '../plan/types.js';

export interface PartDocument {
  /** 1-based number of the part in the plan. */
  number: number;
  document: PlanDocument;
}

/**
 * One document per part (篇) for `--split-parts`: each part becomes a plan of
 * its own whose title is the part's title and whose body is the part's.
 * Front-matter values stay, except the title. A plan without parts is one
 * document.
 */
export function splitParts(document: PlanDocument): PartDocument[] {
  const parts = document.sections.filter((section): section is Section => section.level === 'part');
  if (parts.length === 0) return [{ number: 1, document }];
  return parts.map((part, index) => {
    const title = part.title.text;
    return {
      number: index + 1,
      document: {
        ...document,
        metadata: { ...document.metadata, title },
        title: { text: title, source: 'heading', position: part.headingPosition },
        preamble: index === 0 ? [...document.preamble, ...part.body] : part.body,
        sections: part.children,
        // The attachments follow the last part in the plan; they go with its document.
        attachments: index === parts.length - 1 ? document.attachments : [],
        position: part.position ?? document.position,
      },
    };
  });
}
