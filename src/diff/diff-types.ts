/** One side of a change: where the section is in its plan. */
export interface SectionRef {
  /** The marker as written (`（一）`), or `` for a heading without one. */
  marker: string;
  title: string;
  /** The markers from the top, joined by `/`: `二、/（一）`. */
  path: string;
  /** 1-based line of the heading in its file; null for generated sections. */
  line: number | null;
}

export type ChangeKind = 'added' | 'removed' | 'moved' | 'renamed' | 'changed';

export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'moved', 'renamed', 'changed'];

/** A number that changed in a sentence: `到2035年` → `到2030年`. */
export interface NumberChange {
  old: string;
  new: string;
}

/** A sentence of the body that changed; null on the side where it is absent. */
export interface SentenceChange {
  old: string | null;
  new: string | null;
}

export interface Change {
  kind: ChangeKind;
  old: SectionRef | null;
  new: SectionRef | null;
  /** `changed` only. */
  numbers?: NumberChange[];
  /** `changed` only. */
  sentences?: SentenceChange[];
}

export interface PlanDiff {
  changes: Change[];
}
