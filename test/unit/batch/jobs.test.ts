import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseJobs } from '../../../src/batch/jobs.js';

describe('--jobs', () => {
  it('defaults to the processors this process may use', () => {
    expect(parseJobs(undefined)).toBe(availableParallelism());
  });
  it('takes a whole number', () => {
    expect(parseJobs('3')).toBe(3);
  });
  it.each(['0', '1.5', 'many', '-2'])('refuses %s', (value) => {
    expect(() => parseJobs(value)).toThrow(/--jobs/);
  });
});
