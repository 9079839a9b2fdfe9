import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/check/apply-fixes.js';
import type { Diagnostic, TextEdit } from '../../../src/check/diagnostic.js';
import { fixPlan } from '../../../src/check/engine/fix-plan.js';
import { outlineSignature } from '../../../src/check/outline-signature.js';
import { unifiedDiff } from '../../../src/check/unified-diff.js';
import { presetRules } from '../../../src/config/presets.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

function withFix(...fix: TextEdit[]): Diagnostic {
  return { ruleId: 'cjk-punctuation', severity: 'warning', message: { zh: '', en: '' }, position: null, fix };
}

describe('applyFixes', () => {
  it('applies fixes in source order and counts them', () => {
    const result = applyFixes('a,b;c', [withFix({ start: 3, end: 4, text: '；' }), withFix({ start: 1, end: 2, text: '，' })]);
    expect(result).toEqual({ text: 'a，b；c', applied: 2 });
  });

  it('applies a fix whole or not at all, leaving an overlapping one for the next pass', () => {
    const pair = withFix({ start: 1, end: 2, text: '（' }, { start: 5, end: 6, text: '）' });
    const inside = withFix({ start: 5, end: 6, text: '' });
    expect(applyFixes('a(bcd)e', [pair, inside])).toEqual({ text: 'a（bcd）e', applied: 1 });
  });

  it('keeps two insertions at the same place apart', () => {
    expect(applyFixes('ab', [withFix({ start: 1, end: 1, text: 'x' }), withFix({ start: 1, end: 1, text: 'y' })]).applied).toBe(1);
  });
});

describe('outlineSignature', () => {
  it('changes with levels, numbers and run-in headings, not with how titles are written', () => {
    const base = outlineSignature(parsePlan('一、目标\n\n（一）领导\n\n正文。\n').document);
    expect(outlineSignature(parsePlan('一、目標\n\n(一)領導\n\n正文。\n').document)).toBe(base);
    expect(outlineSignature(parsePlan('一、目标\n\n（二）领导\n\n正文。\n').document)).not.toBe(base);
    expect(outlineSignature(parsePlan('一、目标\n\n（一）领导？正文。\n').document)).not.toBe(base);
  });
});

describe('fixPlan', () => {
  const config = { rules: presetRules('recommended'), ignore: [], root: '/', file: null };

  it('loops until stable: fixes that wait for a later pass are applied too', () => {
    const result = fixPlan(parsePlan('# 计划\n\n一、目标:\n\n全年(各镇)完成,按时.\n'), config);
    expect(result.source).toBe('# 计划\n\n一、目标\n\n全年（各镇）完成，按时.\n');
    expect(result.diagnostics.filter((diagnostic) => diagnostic.fix)).toEqual([]);
    expect(result.refused).toBe(0);
  });

  it('holds back a fix that would turn a heading into a run-in heading and applies the rest', () => {
    const result = fixPlan(parsePlan('# 计划\n\n一、目标\n\n（一）是否可行?继续论证,按月报告\n\n（二）完善制度。建立办法。\n'), config);
    expect(result.source).toBe('# 计划\n\n一、目标\n\n（一）是否可行?继续论证，按月报告\n\n（二）完善制度。建立办法。\n');
    expect(result.refused).toBe(1);
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'a', 'b')).toBe('');
  });

  it('prints hunks with three lines of context and correct ranges', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n');
    const after = before.replace('5', 'five').replace('12', 'twelve');
    expect(unifiedDiff(before, after, 'a/x.md', 'b/x.md')).toBe(
      '--- a/x.md\n+++ b/x.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n',
    );
  });
});
