import { describe, expect, it } from 'vitest';
import { minimalEdit } from '../../../src/lsp/code-actions.js';
import { TextMap } from '../../../src/lsp/text-map.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

describe('TextMap', () => {
  it('counts UTF-16 units: one for a CJK character, two for an astral one', () => {
    const map = new TextMap('一、𠀀甲\n（一）😀乙\n', false);
    expect(map.position(2)).toEqual({ line: 0, character: 2 });
    expect(map.position(4)).toEqual({ line: 0, character: 4 });
    expect(map.position(9)).toEqual({ line: 1, character: 3 });
    expect(map.position(11)).toEqual({ line: 1, character: 5 });
    expect(map.offset({ line: 1, character: 5 })).toBe(11);
  });

  it('matches lines by number, so CRLF and lone CR documents map as the editor counts', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = ['一、甲', '二、乙,丙'].join(eol);
      const parsed = parsePlan(text);
      const map = new TextMap(parsed.source, false);
      const comma = parsed.source.indexOf(',');
      expect(map.position(comma)).toEqual({ line: 1, character: 3 });
      expect(map.offset({ line: 1, character: 3 })).toBe(comma);
    }
  });

  it('shifts the first line by the BOM the editor kept', () => {
    const map = new TextMap('甲,乙\n丙', true);
    expect(map.position(1)).toEqual({ line: 0, character: 2 });
    expect(map.position(5)).toEqual({ line: 1, character: 1 });
    expect(map.offset({ line: 0, character: 2 })).toBe(1);
  });

  it('clamps positions past a line’s end or the last line', () => {
    const map = new TextMap('甲乙\n丙', false);
    expect(map.offset({ line: 0, character: 99 })).toBe(2);
    expect(map.offset({ line: 9, character: 0 })).toBe(3);
  });
});

describe('minimalEdit', () => {
  it('replaces only what differs', () => {
    expect(minimalEdit('甲,乙,丙', '甲，乙，丙')).toEqual({ start: 1, end: 4, text: '，乙，' });
    expect(minimalEdit('same', 'same')).toBeNull();
  });

  it('never cuts a surrogate pair in two', () => {
    // 𠀀 (D840 DC00) and 𠀁 (D840 DC01) share their first unit.
    const edit = minimalEdit('a𠀀b', 'a𠀁b');
    expect(edit).toEqual({ start: 1, end: 3, text: '𠀁' });
  });
});
