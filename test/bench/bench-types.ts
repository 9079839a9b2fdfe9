/**
 * One row of `npm run bench`: a measured figure and, where the issue names
 * one, the target it must meet. `run.ts` prints the rows and writes them to
 * test/artifacts/bench.json; the README quotes them with date and machine.
 */
export interface BenchRow {
  /** What was measured, e.g. "parse seed-sized plan (26 KB)". */
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'ratio' | 'files/s' | 'ms/MB';
  /** A human statement of the target, e.g. "< 50 ms". */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  met?: boolean;
  note?: string;
}

export interface BenchSuite {
  name: string;
  run: () => Promise<BenchRow[]>;
}
