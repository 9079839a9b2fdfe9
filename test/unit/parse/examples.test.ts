import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import type { Section } from '../../../src/plan/types.js';
import { EXAMPLES_DIR } from '../../helpers/corpus.js';

const read = (name: string) => parsePlan(readFileSync(join(EXAMPLES_DIR, name), 'utf8'), { file: name });
const levels = (sections: readonly Section[], out = new Set<string>()): Set<string> => {
  for (const section of sections) {
    out.add(String(section.level));
    levels(section.children, out);
  }
  return out;
};

describe('bundled examples', () => {
  it('parse without messages', () => {
    for (const name of readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.md'))) {
      expect(read(name).messages, name).toEqual([]);
    }
  });

  it('the main example fills the front matter, uses four levels and a table', () => {
    const { document } = read('2027-科技工作计划.md');
    expect(Object.keys(document.metadata).sort()).toEqual(['cc', 'date', 'docNumber', 'issuer', 'printDate', 'printer', 'recipients', 'signature', 'title']);
    expect([...levels(document.sections)].sort()).toEqual(['1', '2', '3', '4']);
    expect(document.sections.map((section) => section.marker?.raw)).toEqual(['一、', '二、', '三、']);
    expect(document.sections[0]?.body.some((block) => block.type === 'table')).toBe(true);
    expect(document.sections[1]?.children.map((section) => section.marker?.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('the collection example holds three parts, each numbered from 一、', () => {
    const { document } = read('2027-科技工作计划汇编.md');
    expect(document.sections.map((section) => [section.level, section.marker?.raw, section.children[0]?.marker?.raw])).toEqual([
      ['part', '第一篇', '一、'],
      ['part', '第二篇', '一、'],
      ['part', '第三篇', '一、'],
    ]);
  });

  it('the auto-numbering example numbers its headings from their depth', () => {
    const { document } = read('2027-办公室工作要点-自动编号.md');
    expect(document.numbering).toBe('auto');
    expect(document.sections.map((section) => section.marker?.raw)).toEqual(['一、', '二、', '三、']);
    expect(document.sections[0]?.children[1]?.children.map((section) => section.marker?.raw)).toEqual(['1.', '2.']);
  });
});
