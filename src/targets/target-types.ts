export type Comparator = 'about' | 'atLeast' | 'atMost' | 'range' | 'exactly';

export const COMPARATORS: readonly Comparator[] = ['about', 'atLeast', 'atMost', 'range', 'exactly'];

/** A quantified target as a 督查督办 desk would copy it into its tracking table. */
export interface Target {
  /** The plan it was written in, as given on the command line. */
  file: string;
  /** 1-based line of the sentence or table row. */
  line: number;
  /** The markers of its section from the top (`二、/（一）`); `` before the first section. */
  section: string;
  sectionTitle: string;
  /** What is measured: 国内生产总值增长, 城镇调查失业率. */
  subject: string;
  /** The sentence (or table row) it was read from. */
  text: string;
  /** The number; for a range, its lower end. */
  value: number;
  /** `%`, `万人`, `项`…; `%` whether written `%` or `％`. */
  unit: string;
  comparator: Comparator;
  /** Ranges only. */
  low?: number;
  high?: number;
  /** 6月底前, 年底前, 2027年 — when written. */
  deadline: string | null;
  /** 牵头单位 or a 责任科室 column — when written. */
  responsible: string | null;
}
