import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR, csvFullText, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median } from './measure.js';

const PLANS = 100;
const RUNS = 5;
const bin = join(PROJECT_DIR, 'bin/plan.js');

/** Wall time of `plan ARGS`, start to exit, output discarded; the exit code must be one of `ok`. */
function timed(args: readonly string[], cwd: string, ok: readonly number[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const elapsed = performance.now() - start;
  if (!ok.includes(result.status ?? -1)) throw new Error(`plan ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function medianOf(args: readonly string[], cwd: string, ok: readonly number[]): number {
  return median(Array.from({ length: RUNS }, () => timed(args, cwd, ok)));
}

/**
 * The speed target for both commands: `plan diff` of two plans of
 * about 33 KB, and `plan targets` of 100 plans, each within the time of one
 * `plan check` of the same files (process start to exit, median of 5).
 */
export const suite: BenchSuite = {
  name: 'diff and targets',
  async run(): Promise<BenchRow[]> {
    const folder = mkdtempSync(join(tmpdir(), 'plan-diff-targets-bench-'));
    try {
      // Two consecutive years of one city's work report, the real case for plan diff.
      const older = linesToMarkdown(readCorpusText('hailar__2012.txt'));
      const newer = linesToMarkdown(readCorpusText('hailar__2013.txt'));
      writeFileSync(join(folder, 'old.md'), older);
      writeFileSync(join(folder, 'new.md'), newer);
      const diff = medianOf(['diff', 'old.md', 'new.md'], folder, [0, 1]);
      const checkPair = medianOf(['check', 'old.md', 'new.md'], folder, [0, 1]);

      const sources = [
        ...['hailar__2012.txt', 'hailar__2013.txt', 'hailar__2014.txt', 'hailar__2015.txt', 'reviona__2022年政府工作报告.txt'].map((name) =>
          linesToMarkdown(readCorpusText(name)),
        ),
        ...['prov26__2026_北京市_政府工作报告.csv', 'prov26__2026_浙江省_政府工作报告.csv'].map((name) => linesToMarkdown(csvFullText(name))),
      ];
      const many = join(folder, 'plans');
      mkdirSync(many);
      let bytes = 0;
      for (let index = 0; index < PLANS; index += 1) {
        const text = sources[index % sources.length] as string;
        bytes += Buffer.byteLength(text);
        writeFileSync(join(many, `plan-${String(index).padStart(3, '0')}.md`), text);
      }
      const targets = medianOf(['targets', '.'], many, [0]);
      const checkMany = medianOf(['check', '.'], many, [0, 1]);
      const kb = (text: string): string => (Buffer.byteLength(text) / 1024).toFixed(0);
      return [
        { name: `plan diff, two years of a report (${kb(older)} KB → ${kb(newer)} KB), median of ${RUNS}`, value: diff, unit: 'ms' },
        { name: 'plan check of the same two files', value: checkPair, unit: 'ms' },
        { name: 'plan diff time ÷ plan check time', value: diff / checkPair, unit: 'ratio', target: '≤ 1', met: diff <= checkPair },
        { name: `plan targets, ${PLANS} reports (${(bytes / 1024 / 1024).toFixed(1)} MB), median of ${RUNS}`, value: targets, unit: 'ms' },
        { name: `plan check of the same ${PLANS} files`, value: checkMany, unit: 'ms' },
        { name: 'plan targets time ÷ plan check time', value: targets / checkMany, unit: 'ratio', target: '≤ 1', met: targets <= checkMany },
      ];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
