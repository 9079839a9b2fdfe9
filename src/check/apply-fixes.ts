import type { Diagnostic, TextEdit } from './diagnostic.js';

/**
 * Applies the fixes of the given diagnostics to `source`. A fix is applied
 * whole or not at all: one whose edits overlap an earlier accepted fix waits
 * for the next pass (the caller re-checks and loops).
 */
export function applyFixes(source: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const accepted: TextEdit[] = [];
  let applied = 0;
  const fixes = diagnostics
    .filter((diagnostic) => diagnostic.fix && diagnostic.fix.length > 0)
    .map((diagnostic) => [...(diagnostic.fix as TextEdit[])].sort((a, b) => a.start - b.start))
    .sort((a, b) => (a[0] as TextEdit).start - (b[0] as TextEdit).start);
  for (const edits of fixes) {
    const clashes = edits.some((edit) => accepted.some((other) => overlaps(edit, other)));
    if (clashes) continue;
    accepted.push(...edits);
    applied += 1;
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  let text = '';
  let cursor = 0;
  for (const edit of accepted) {
    text += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  text += source.slice(cursor);
  return { text, applied };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return (
    (a.start < b.end && b.start < a.end) ||
    (a.start === a.end && a.start > b.start && a.start < b.end) ||
    (b.start === b.end && b.start > a.start && b.start < a.end)
  );
}
