import { describe, expect, it } from 'vitest';
import { inInputOrder } from '../../../src/batch/in-input-order.js';

describe('inInputOrder', () => {
  it('hands on each result once every file before it has come, in input order', () => {
    const out: string[] = [];
    const arrive = inInputOrder<string>((item) => out.push(item));
    arrive(2, 'c');
    arrive(1, 'b');
    expect(out).toEqual([]);
    arrive(0, 'a');
    expect(out).toEqual(['a', 'b', 'c']);
    arrive(4, 'e');
    expect(out).toEqual(['a', 'b', 'c']);
    arrive(3, 'd');
    expect(out).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('hands on empty results too, so that they do not hold the ones after them', () => {
    const out: Array<string | null> = [];
    const arrive = inInputOrder<string | null>((item) => out.push(item));
    arrive(1, 'b');
    arrive(0, null);
    expect(out).toEqual([null, 'b']);
  });
});
