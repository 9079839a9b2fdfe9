import type { Target } from '../target-types.js';

/** `--format json`: `{ "targets": [...] }`, every field of every target. */
export function formatTargetsJson(targets: readonly Target[]): string {
  return `${JSON.stringify({ targets }, null, 2)}\n`;
}
