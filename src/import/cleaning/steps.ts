import type { CleaningStep } from './cleaning-step.js';
import { fullWidthPunctuation } from './full-width-punctuation.js';
import { headingPunctuation } from './heading-punctuation.js';
import { joinBrokenLines } from './join-broken-lines.js';
import { removeBoilerplate } from './remove-boilerplate.js';
import { removePinyin } from './remove-pinyin.js';
import { removeStrayQuotes } from './remove-stray-quotes.js';
import { repairByteShift } from './repair-byte-shift.js';
import { toSimplified } from './to-simplified.js';

/**
 * The cleaning steps in the order they run. Pinyin and quotes go first so
 * that the later steps see the words whole (the boilerplate patterns, the
 * byte-shift repair's document statistics); conversion to simplified runs
 * last, on the repaired text.
 */
export const CLEANING_STEPS: readonly CleaningStep[] = [
  removePinyin,
  removeStrayQuotes,
  repairByteShift,
  removeBoilerplate,
  joinBrokenLines,
  fullWidthPunctuation,
  headingPunctuation,
  toSimplified,
];

export type StepSwitches = Partial<Record<string, boolean>>;

export function enabledSteps(switches: StepSwitches): CleaningStep[] {
  return CLEANING_STEPS.filter((step) => switches[step.id] ?? step.enabledByDefault);
}
