import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/check/rules/index.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import { fixed, onlyRule, run } from './rule-harness.js';

/**
 * Every example in every rule's metadata is a test: failing examples report
 * exactly their messages, passing ones nothing, fixable findings are gone
 * after the fix. The docs print the same examples, so docs and rules cannot
 * drift apart.
 */
describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('has complete metadata', () => {
    expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.meta.description.zh.length).toBeGreaterThan(4);
    expect(rule.meta.description.en.length).toBeGreaterThan(4);
    expect(rule.meta.rationale.zh.length).toBeGreaterThan(10);
    expect(rule.meta.docsUrl).toContain(id);
    expect(rule.meta.examples.fail.length).toBeGreaterThan(0);
    expect(rule.meta.examples.pass.length).toBeGreaterThan(0);
  });

  it.each(rule.meta.examples.fail.map((example, index) => [index, example] as const))('failing example %i reports its messages', (_index, example) => {
    const messages = run(id, example.text, example.options).map((diagnostic) => diagnostic.message.zh);
    expect(messages).toEqual(example.messages);
  });

  it.each(rule.meta.examples.pass.map((example, index) => [index, example] as const))('passing example %i reports nothing', (_index, example) => {
    expect(run(id, example.text, example.options)).toEqual([]);
  });

  // Only fixable rules have a fix to test; the others get no test here rather than a skipped one.
  if (rule.meta.fixable)
    it('fixes its failing examples so that a re-check finds nothing fixable', () => {
      let fixedSomething = false;
      for (const example of rule.meta.examples.fail) {
        const before = run(id, example.text, example.options).filter((diagnostic) => diagnostic.fix).length;
        const output = fixed(id, example.text, example.options);
        if (before > 0) {
          fixedSomething = true;
          expect(output).not.toBe(parsePlan(example.text).source);
        }
        expect(run(id, output, example.options).filter((diagnostic) => diagnostic.fix)).toEqual([]);
      }
      expect(fixedSomething).toBe(true);
    });

  it('never crashes on a tree without positions', () => {
    for (const example of [...rule.meta.examples.fail, ...rule.meta.examples.pass]) {
      const parsed = parsePlan(example.text);
      stripPositions(parsed.document);
      expect(() => checkPlan(parsed, onlyRule(id, example.options))).not.toThrow();
    }
  });
});

/** Sets every `position` in the tree to null, as a generated document would have. */
function stripPositions(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(stripPositions);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'headingPosition') (node as Record<string, unknown>)[key] = null;
    else if (key !== 'keyPositions') stripPositions(value);
  }
}
