import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeDebouncer } from '../../../src/lsp/change-debouncer.js';

describe('ChangeDebouncer', () => {
  let clock = 0;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
    clock = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const debouncer = (): ChangeDebouncer => new ChangeDebouncer(50, () => clock);

  it('runs the first change after a quiet spell on the next turn, not after the window', () => {
    const runs: string[] = [];
    const d = debouncer();
    d.changed('a', () => runs.push('first'));
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(runs).toEqual(['first']);
    clock = 200;
    d.changed('a', () => runs.push('after a pause'));
    vi.advanceTimersByTime(0);
    expect(runs).toEqual(['first', 'after a pause']);
  });

  it('runs a burst once, the last change, when the changes stop for the window', () => {
    const runs: number[] = [];
    const d = debouncer();
    for (let n = 1; n <= 5; n += 1) {
      if (n > 1) {
        clock += 10;
        vi.advanceTimersByTime(10);
      }
      d.changed('a', () => runs.push(n));
    }
    // The first ran at once; 2–4 were replaced by later ones; 5 waits out the window.
    expect(runs).toEqual([1]);
    vi.advanceTimersByTime(49);
    expect(runs).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([1, 5]);
  });

  it('treats a change that comes before a waiting run as part of its burst', () => {
    const runs: number[] = [];
    const d = debouncer();
    d.changed('a', () => runs.push(1));
    d.changed('a', () => runs.push(2));
    vi.advanceTimersByTime(0);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(runs).toEqual([2]);
  });

  it('keeps documents apart, and cancels, forgets and stops', () => {
    const runs: string[] = [];
    const d = debouncer();
    d.changed('a', () => runs.push('a'));
    d.changed('b', () => runs.push('b'));
    d.cancel('a');
    vi.advanceTimersByTime(0);
    expect(runs).toEqual(['b']);
    d.changed('b', () => runs.push('b again'));
    d.forget('b');
    d.changed('b', () => runs.push('b fresh'));
    vi.advanceTimersByTime(0);
    expect(runs).toEqual(['b', 'b fresh']);
    clock = 1000;
    d.changed('a', () => runs.push('never'));
    d.cancelAll();
    vi.runAllTimers();
    expect(runs).toEqual(['b', 'b fresh']);
  });
});
