import { parsePlan, type ParseOptions, type ParseResult } from '../../parse/parse-plan.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import { applyFixes } from '../apply-fixes.js';
import { checkPlan } from './check-plan.js';
import type { Diagnostic } from '../diagnostic.js';
import { outlineSignature } from '../outline-signature.js';

/** Passes of fix-and-recheck before giving up on reaching a stable text. */
const MAX_PASSES = 10;

export interface FixResult {
  /** The fixed source (normalised, LF line ends). */
  source: string;
  parsed: ParseResult;
  diagnostics: Diagnostic[];
  /** How many findings the passes fixed. */
  fixed: number;
  /** Fixable findings left unfixed because their fixes would have changed the outline. */
  refused: number;
}

/**
 * Applies safe fixes, re-checks, and loops until no fix is left or the text
 * stops changing. A pass whose fixes would change the outline (levels,
 * numbers, run-in headings) is retried fix by fix, and the fixes that change
 * it are refused: a fix rewrites how something is written, never the plan's
 * structure.
 */
export function fixPlan(parsed: ParseResult, config: ResolvedConfig, parseOptions: ParseOptions = {}): FixResult {
  let current = parsed;
  let diagnostics = checkPlan(current, config);
  let fixed = 0;
  const refusedKeys = new Set<string>();
  const outline = outlineSignature(parsed.document);
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const fixable = diagnostics.filter((diagnostic) => diagnostic.fix && !refusedKeys.has(keyOf(diagnostic)));
    if (fixable.length === 0) break;
    const attempt = applyFixes(current.source, fixable);
    if (attempt.text === current.source) break;
    let next = parsePlan(attempt.text, parseOptions);
    if (outlineSignature(next.document) === outline) {
      fixed += attempt.applied;
    } else {
      // Find the fixes that change the outline, one at a time, and keep the others.
      for (const diagnostic of fixable) {
        const single = applyFixes(current.source, [diagnostic]);
        if (outlineSignature(parsePlan(single.text, parseOptions).document) !== outline) refusedKeys.add(keyOf(diagnostic));
      }
      const safe = fixable.filter((diagnostic) => !refusedKeys.has(keyOf(diagnostic)));
      if (safe.length === 0) break;
      const combined = applyFixes(current.source, safe);
      next = parsePlan(combined.text, parseOptions);
      // Fixes that are safe one by one may still change the outline together: then stop here.
      if (combined.text === current.source || outlineSignature(next.document) !== outline) break;
      fixed += combined.applied;
    }
    current = next;
    diagnostics = checkPlan(current, config);
  }
  // What is still fixable at the end was held back: it would have changed the outline.
  const refused = diagnostics.filter((diagnostic) => diagnostic.fix).length;
  return { source: current.source, parsed: current, diagnostics, fixed, refused };
}

/** Identifies a finding across passes by its rule, message and the text it fixes. */
function keyOf(diagnostic: Diagnostic): string {
  const edits = (diagnostic.fix ?? []).map((edit) => `${edit.start}-${edit.end}:${edit.text}`).join(',');
  return `${diagnostic.ruleId}|${diagnostic.message.en}|${edits}`;
}
