import type { CleaningStep } from '../../../../src/import/cleaning/cleaning-step.js';
import type { ImportChange, ImportLine, ReviewItem } from '../../../../src/import/import-line.js';

/** Runs one cleaning step on plain lines and returns the texts, the changes and the review items. */
export function runStep(step: CleaningStep, texts: readonly string[]): { texts: string[]; changes: ImportChange[]; review: ReviewItem[] } {
  const changes: ImportChange[] = [];
  const review: ReviewItem[] = [];
  const lines: ImportLine[] = texts.map((text, index) => ({ text, line: index + 1, kind: 'text' }));
  const result = step.run(lines, { record: (change) => changes.push(change), flag: (item) => review.push(item) });
  return { texts: result.map((line) => line.text), changes, review };
}
