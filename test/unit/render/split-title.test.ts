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

describe('splitTitle keeps names, numbers and marks whole', () => {
  it('never breaks inside 《》: the name of the document printed stays on one line', () => {
    expect(splitTitle('樊城区科学技术局关于印发《2027年全区科技创新工作要点》的通知', 20)).toEqual([
      '樊城区科学技术局关于印发',
      '《2027年全区科技创新工作要点》的通知',
    ]);
    const title = '上海市崇明区人民政府办公室关于印发《崇明区水务“十四五”规划》的通知';
    for (const width of [20, 18]) {
      const lines = splitTitle(title, width);
      expect(lines.join('')).toBe(title);
      for (const line of lines) {
        expect([...line].length).toBeLessThanOrEqual(width);
        const opened = [...line].filter((char) => char === '《').length;
        expect([...line].filter((char) => char === '》').length, `${width}: ${lines.join(' / ')}`).toBe(opened);
      }
    }
  });

  it('never splits a number or starts a line with a closing mark', () => {
    const lines = splitTitle('关于做好2027年度全区科学技术奖励推荐和评审工作有关事项的通知', 14);
    for (const [index, line] of lines.entries()) {
      expect(line, lines.join(' / ')).not.toMatch(/^[，。、》”）]/);
      if (index > 0) expect(`${lines[index - 1]!.at(-1)}${line[0]}`).not.toMatch(/^\d\d$/);
    }
  });
});
