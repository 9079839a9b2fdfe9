import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR, PROJECT_DIR, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median, wallTime } from './measure.js';

const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const FLOOR = join(PROJECT_DIR, 'test/bench/floor/docx.mjs');
const RUNS = 9;

/**
 * `plan build` of the seed-sized plan to .docx beside `pandoc -o x.docx` on
 * the same Markdown, in the same run, alternating so that both see the same
 * machine load. Each figure is the median wall time of a whole CLI run.
 * Beside them, the floor of the chosen stack: remark and the docx package
 * alone, with none of our code, writing a one-paragraph document.
 */
export const suite: BenchSuite = {
  name: 'build-docx',
  async run(): Promise<BenchRow[]> {
    const work = mkdtempSync(join(tmpdir(), 'plan-bench-build-'));
    try {
      const seed = linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt'));
      writeFileSync(join(work, 'seed.md'), seed);
      writeFileSync(join(work, 'example.md'), readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md')));
      const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
      // The seed is raw web text with check errors: --force builds it as pandoc would.
      const planArgs = [PLAN, 'build', 'seed.md', '--force', '-o', 'plan.docx'];
      wallTime(process.execPath, planArgs, work);
      if (hasPandoc) wallTime('pandoc', ['seed.md', '-o', 'pandoc.docx'], work);
      const plan: number[] = [];
      const pandoc: number[] = [];
      const example: number[] = [];
      const floor: number[] = [];
      const floorArgs = [FLOOR, 'seed.md', 'floor.docx'];
      wallTime(process.execPath, floorArgs, work);
      for (let run = 0; run < RUNS; run += 1) {
        plan.push(wallTime(process.execPath, planArgs, work));
        if (hasPandoc) pandoc.push(wallTime('pandoc', ['seed.md', '-o', 'pandoc.docx'], work));
        example.push(wallTime(process.execPath, [PLAN, 'build', 'example.md'], work));
        floor.push(wallTime(process.execPath, floorArgs, work));
      }
      const size = `${(Buffer.byteLength(seed) / 1024).toFixed(0)} KB`;
      const rows: BenchRow[] = [
        { name: `plan build seed-sized plan (${size}) → .docx, median of ${RUNS}`, value: median(plan), unit: 'ms' },
        { name: `plan build examples/2027-科技工作计划.md (with check), median of ${RUNS}`, value: median(example), unit: 'ms' },
        {
          name: `stack floor: remark parses the seed, docx writes one paragraph (test/bench/floor/docx.mjs), median of ${RUNS}`,
          value: median(floor),
          unit: 'ms',
        },
      ];
      if (hasPandoc) {
        const ratio = median(plan) / median(pandoc);
        rows.push(
          { name: `pandoc seed.md -o x.docx, median of ${RUNS}`, value: median(pandoc), unit: 'ms' },
          { name: 'plan build ÷ pandoc (wall time)', value: ratio, unit: 'ratio', target: '≤ 1.0', met: ratio <= 1 },
          {
            name: 'stack floor ÷ pandoc (wall time)',
            value: median(floor) / median(pandoc),
            unit: 'ratio',
            note: 'the chosen libraries alone, none of our code',
          },
        );
      } else {
        rows.push({ name: 'plan build ÷ pandoc (wall time)', value: Number.NaN, unit: 'ratio', target: '≤ 1.0', met: false, note: 'pandoc not installed' });
      }
      return rows;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
