import type { Text } from '../../i18n/text.js';
import type { ImportChange, ImportLine, ReviewItem } from '../import-line.js';

export interface CleaningContext {
  record: (change: ImportChange) => void;
  flag: (item: ReviewItem) => void;
}

/**
 * One cleaning step: a small, separately switchable transformation with its
 * own report entry. Steps never drop a line silently: every removal or edit
 * goes through `context.record`.
 */
export interface CleaningStep {
  /** Kebab-case id; `--no-<id>` turns it off, `--<id>` on. */
  id: string;
  title: Text;
  enabledByDefault: boolean;
  run: (lines: ImportLine[], context: CleaningContext) => ImportLine[];
}

/**
 * Applies a text edit to every line and table cell, recording each edited
 * line. `edit` returns the new text and how many edits it made.
 */
export function mapTexts(
  lines: ImportLine[],
  step: string,
  context: CleaningContext,
  edit: (text: string, line: number) => { text: string; count: number },
): ImportLine[] {
  const apply = (text: string, line: number): string => {
    const result = edit(text, line);
    if (result.count > 0 && result.text !== text) context.record({ step, line, before: text, after: result.text, count: result.count });
    return result.text;
  };
  return lines.map((line) => {
    if (line.cells) {
      const cells = line.cells.map((cell) => apply(cell, line.line));
      return { ...line, cells, text: cells.join(' | ') };
    }
    return { ...line, text: apply(line.text, line.line) };
  });
}

/** Counts and replaces in one pass. */
export function replaceCounting(text: string, pattern: RegExp, replacement: (match: string, ...groups: string[]) => string): { text: string; count: number } {
  let count = 0;
  const result = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const replaced = replacement(match, ...(rest.filter((value) => typeof value === 'string') as string[]));
    if (replaced !== match) count += 1;
    return replaced;
  });
  return { text: result, count };
}
