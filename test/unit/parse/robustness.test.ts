import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import type { Section } from '../../../src/plan/types.js';
import { corpusPath, linesToMarkdown } from '../../helpers/corpus.js';

const count = (sections: readonly Section[]): number => sections.reduce((sum, section) => sum + 1 + count(section.children), 0);

describe('robustness', () => {
  it('reads a 1,000-deep nested list, keeping every item and its offsets', () => {
    let markdown = '一、目标\n\n';
    for (let depth = 0; depth < 1000; depth += 1) markdown += `${'  '.repeat(depth)}- 第${depth + 1}项\n`;
    const { document, messages, source } = parsePlan(markdown);
    expect(document.sections).toHaveLength(1);
    const text = JSON.stringify(document.sections[0]?.body);
    for (const item of [1, 32, 33, 500, 1000]) expect(text).toContain(`第${item}项`);
    expect(messages.map((message) => message.id)).toEqual(['parse/deep-nesting']);
    expect(messages[0]?.position?.start.line).toBe(36);
    // Offsets still point into the original source: the section ends right after the last item.
    const end = document.sections[0]?.position?.end.offset ?? 0;
    expect(source.slice(end - '第1000项'.length, end)).toBe('第1000项');
    expect(source.slice(0, document.sections[0]?.title.position?.end.offset)).toBe('一、目标');
  });

  it('reads a 1,000-deep block quote', () => {
    const { document } = parsePlan(`${'>'.repeat(1000)} 引用\n\n一、目标\n`);
    expect(document.sections).toHaveLength(1);
  });

  it('reads a 10 MB plan without running out of stack', { timeout: 120_000 }, () => {
    const seed = linesToMarkdown(readFileSync(corpusPath('seed__科技年度工作计划4篇.txt'), 'utf8'));
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed));
    const once = count(parsePlan(seed).document.sections);
    const { document } = parsePlan(seed.repeat(copies));
    expect(count(document.sections)).toBe(once * copies);
  });

  it('reads every line of a plan written without blank lines', { timeout: 120_000 }, () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `${(index % 9) + 1}、第${index}项工作。`);
    const { document } = parsePlan(lines.join('\n'));
    expect(count(document.sections)).toBe(20_000);
  });
});
