import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../src/render/split-title.js';

describe('splitTitle', () => {
  it('keeps a short title on one line', () => {
    expect(splitTitle('2027年科技工作计划', 20)).toEqual(['2027年科技工作计划']);
  });

  it('splits a long title into lines that grow downwards, after a word', () => {
    const title = '樊城区科学技术局关于印发2027年全区科技创新工作要点和重点任务分工方案的通知';
    const lines = splitTitle(title, 20);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => [...line].length) as [number, number];
    expect(first).toBeLessThanOrEqual(second);
    expect(second).toBeLessThanOrEqual(20);
    expect(lines[0]).toMatch(/[于的年局委府区市省县会部厅院办室、》”]$/);
  });

  it('never makes a line longer than the width', () => {
    const title = '一'.repeat(61);
    const lines = splitTitle(title, 20);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe(title);
  });
});
