import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardSize } from '../../../src/batch/shard.js';

describe('--shard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '2', 'a/b', '1/0', '-1/2'])('refuses %s with a message saying what is expected', (value) => {
    expect(() => parseShard(value)).toThrow(/i\/n/);
  });

  it('gives every position to exactly one shard, evenly', () => {
    const count = 3;
    const owners = Array.from({ length: 10 }, (_, position) => [1, 2, 3].filter((index) => inShard(position, { index, count })));
    expect(owners.every((list) => list.length === 1)).toBe(true);
    expect(owners.map((list) => list[0])).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3, 1]);
    expect(inShard(7, undefined)).toBe(true);
  });
});

describe('shardSize', () => {
  it('counts the files a shard takes, for the progress bar', () => {
    for (const total of [0, 1, 9, 10, 11]) {
      const sizes = [1, 2, 3].map((index) => shardSize(total, { index, count: 3 }));
      const expected = [1, 2, 3].map(
        (index) => Array.from({ length: total }, (_, position) => position).filter((position) => inShard(position, { index, count: 3 })).length,
      );
      expect(sizes).toEqual(expected);
    }
    expect(shardSize(7, undefined)).toBe(7);
  });
});
