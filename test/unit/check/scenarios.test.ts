import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import { fixPlan } from '../../../src/check/engine/fix-plan.js';
import { presetRules } from '../../../src/config/presets.js';
import type { ResolvedConfig } from '../../../src/config/resolved-config.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { PROJECT_DIR } from '../../helpers/corpus.js';

/**
 * Scenario files in the markdownlint style: each line that should be
 * reported ends with the rule ids in braces (`{cjk-punctuation}`, repeated
 * once per finding). The braces are removed before checking; every other
 * line must come out clean under the recommended preset. Where a
 * `NAME.fixed.md` exists, `--fix` must produce exactly it, and a re-check of
 * the fixed text finds nothing fixable.
 */
const FOLDER = join(PROJECT_DIR, 'test/fixtures/check');
const EXPECTATION = /[ \t]*\{([a-z-]+(?:,[a-z-]+)*)\}[ \t]*$/;
const config: ResolvedConfig = { rules: presetRules('recommended'), ignore: [], root: FOLDER, file: null };

function readScenario(name: string): { text: string; expected: string[] } {
  const lines = readFileSync(join(FOLDER, name), 'utf8').split('\n');
  const expected: string[] = [];
  const text = lines
    .map((line, index) => {
      const match = EXPECTATION.exec(line);
      if (!match) return line;
      for (const id of (match[1] ?? '').split(',')) expected.push(`${index + 1} ${id}`);
      return line.slice(0, match.index);
    })
    .join('\n');
  return { text, expected: expected.sort() };
}

const scenarios = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.md') && !name.endsWith('.fixed.md'))
  .sort();

describe.each(scenarios)('%s', (name) => {
  const { text, expected } = readScenario(name);

  it('reports exactly the findings written inline', () => {
    const reported = checkPlan(parsePlan(text), config).map((diagnostic) => `${diagnostic.position?.start.line ?? 0} ${diagnostic.ruleId}`);
    expect(reported.sort()).toEqual(expected);
  });

  it('fixes to the expected text, and the fixed text re-checks without fixable findings', () => {
    const result = fixPlan(parsePlan(text), config);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.fix)).toEqual([]);
    const fixedFile = join(FOLDER, name.replace(/\.md$/, '.fixed.md'));
    if (existsSync(fixedFile)) expect(result.source).toBe(readFileSync(fixedFile, 'utf8'));
    else expect(result.fixed).toBe(0);
  });
});

it('has scenario files', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(4);
});
