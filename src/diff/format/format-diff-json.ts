import type { PlanDiff } from '../diff-types.js';

/** `--format json`: the diff as the issue specifies it, one object. */
export function formatDiffJson(diff: PlanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
