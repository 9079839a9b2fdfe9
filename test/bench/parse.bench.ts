import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../src/parse/parse-plan.js';
import { EXAMPLES_DIR, PROJECT_DIR, corpusPath, linesToMarkdown } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median } from './measure.js';

export const suite: BenchSuite = {
  name: 'parse',
  async run(): Promise<BenchRow[]> {
    const seed = linesToMarkdown(readFileSync(corpusPath('seed__科技年度工作计划4篇.txt'), 'utf8'));
    const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');
    // Warm the JIT the way a batch run does, then time many parses.
    for (let index = 0; index < 20; index += 1) parsePlan(seed);
    const seedTimes: number[] = [];
    for (let index = 0; index < 50; index += 1) {
      const start = performance.now();
      parsePlan(seed);
      seedTimes.push(performance.now() - start);
    }
    const exampleTimes: number[] = [];
    for (let index = 0; index < 50; index += 1) {
      const start = performance.now();
      parsePlan(example);
      exampleTimes.push(performance.now() - start);
    }
    const big = seed.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed)));
    const bigStart = performance.now();
    parsePlan(big);
    const bigTime = performance.now() - bigStart;

    const startup: number[] = [];
    for (let index = 0; index < 10; index += 1) {
      const start = performance.now();
      spawnSync(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), '--version']);
      startup.push(performance.now() - start);
    }
    const seedMs = median(seedTimes);
    const startupMs = median(startup);
    return [
      {
        name: `parse seed-sized plan (${(Buffer.byteLength(seed) / 1024).toFixed(0)} KB), median of 50`,
        value: seedMs,
        unit: 'ms',
        target: '< 50 ms',
        met: seedMs < 50,
      },
      { name: 'parse examples/2027-科技工作计划.md, median of 50', value: median(exampleTimes), unit: 'ms' },
      { name: `parse a ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(0)} MB plan`, value: bigTime, unit: 'ms' },
      { name: 'plan --version (process start to exit), median of 10', value: startupMs, unit: 'ms', target: '< 150 ms', met: startupMs < 150 },
    ];
  },
};
