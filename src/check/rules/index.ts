import type { Rule } from '../rule.js';
import { rule as attachmentNote } from './attachment-note.js';
import { rule as attachmentStructure } from './attachment-structure.js';
import { rule as cjkPunctuation } from './cjk-punctuation.js';
import { rule as dateFormat } from './date-format.js';
import { rule as dateValid } from './date-valid.js';
import { rule as docNumber } from './doc-number.js';
import { rule as frontMatter } from './front-matter.js';
import { rule as headingPunctuation } from './heading-punctuation.js';
import { rule as inlineEnumeration } from './inline-enumeration.js';
import { rule as noEmptySection } from './no-empty-section.js';
import { rule as noMojibake } from './no-mojibake.js';
import { rule as noPinyinAnnotation } from './no-pinyin-annotation.js';
import { rule as noPlaceholder } from './no-placeholder.js';
import { rule as numberingOrder } from './numbering-order.js';
import { rule as numberingSequence } from './numbering-sequence.js';
import { rule as numberingSkip } from './numbering-skip.js';
import { rule as numberingStyle } from './numbering-style.js';
import { rule as scriptConsistency } from './script-consistency.js';
import { rule as singleChild } from './single-child.js';
import { rule as title } from './title.js';

/** Every rule `plan check` runs, in the order the docs list them. Adding a rule means adding it here. */
export const RULES: readonly Rule[] = [
  frontMatter,
  title,
  numberingSequence,
  numberingOrder,
  numberingSkip,
  numberingStyle,
  inlineEnumeration,
  noEmptySection,
  singleChild,
  headingPunctuation,
  cjkPunctuation,
  noPlaceholder,
  dateFormat,
  dateValid,
  docNumber,
  attachmentNote,
  attachmentStructure,
  noMojibake,
  noPinyinAnnotation,
  scriptConsistency,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
