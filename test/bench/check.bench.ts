import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPlan } from '../../src/check/engine/check-plan.js';
import { presetRules } from '../../src/config/presets.js';
import { parsePlan } from '../../src/parse/parse-plan.js';
import { PROJECT_DIR, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median } from './measure.js';

const FILES = 1000;

/** Wall time of a command, output discarded (a 1,000-file report is hundreds of MB). */
function timed(command: string, args: string[], cwd: string): { seconds: number; status: number | null } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: 'ignore', env: { ...process.env, CI: 'true' } });
  return { seconds: (performance.now() - start) / 1000, status: result.status };
}

/**
 * `plan check` over 1,000 plans of seed size, and markdownlint-cli2 (the
 * Markdown linter CI pipelines already run) over the same files in the same
 * run: the ratio is the figure that survives a change of machine.
 */
export const suite: BenchSuite = {
  name: 'check',
  async run(): Promise<BenchRow[]> {
    const seed = linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt'));
    const folder = mkdtempSync(join(tmpdir(), 'plan-check-bench-'));
    try {
      for (let index = 0; index < FILES; index += 1) writeFileSync(join(folder, `plan-${String(index).padStart(4, '0')}.md`), seed);

      const config = { rules: presetRules('recommended'), ignore: [], root: folder, file: null };
      const parsed = parsePlan(seed);
      for (let index = 0; index < 10; index += 1) checkPlan(parsed, config);
      const checkTimes: number[] = [];
      for (let index = 0; index < 30; index += 1) {
        const start = performance.now();
        checkPlan(parsed, config);
        checkTimes.push(performance.now() - start);
      }

      const parseTimes: number[] = [];
      for (let index = 0; index < 30; index += 1) {
        const start = performance.now();
        parsePlan(seed);
        parseTimes.push(performance.now() - start);
      }

      // As a clerk or a CI job runs each tool: its default report. JSON (about 0.8 GB for the
      // seed's two million findings, every message in both languages) is measured too.
      const plan = timed(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'check', '.'], folder);
      const planJson = timed(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'check', '--format', 'json', '.'], folder);
      // The package exports no path to its bin file, so it is found where npm puts it.
      const markdownlint = timed(process.execPath, [join(PROJECT_DIR, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'], folder);
      // plan check exits 1 (the seed has errors); markdownlint-cli2 exits 1 on findings too. Anything else is a crash.
      if (plan.status !== 1) throw new Error(`plan check exited ${plan.status}`);
      if (planJson.status !== 1) throw new Error(`plan check --format json exited ${planJson.status}`);
      if (markdownlint.status !== 1 && markdownlint.status !== 0) throw new Error(`markdownlint-cli2 exited ${markdownlint.status}`);
      const seedKb = (Buffer.byteLength(seed) / 1024).toFixed(0);
      return [
        { name: `checkPlan on the seed (${seedKb} KB, parsed once), median of 30`, value: median(checkTimes), unit: 'ms' },
        { name: 'parsePlan on the same seed, median of 30 (the rest of each file’s time)', value: median(parseTimes), unit: 'ms' },
        {
          name: `plan check, ${FILES} seed-sized plans (process start to exit, default report)`,
          value: plan.seconds,
          unit: 's',
          target: '< 10 s',
          met: plan.seconds < 10,
        },
        { name: `plan check throughput`, value: FILES / plan.seconds, unit: 'files/s' },
        { name: `plan check --format json, the same ${FILES} plans`, value: planJson.seconds, unit: 's' },
        { name: `markdownlint-cli2, the same ${FILES} files`, value: markdownlint.seconds, unit: 's' },
        { name: 'plan check time ÷ markdownlint-cli2 time', value: plan.seconds / markdownlint.seconds, unit: 'ratio' },
      ];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
