import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { availableParallelism } from 'node:os';
import { importPlans } from '../../src/commands/import/index.js';
import { importFile, importSource } from '../../src/import/import-file.js';
import { readText } from '../../src/import/readers/read-text.js';
import { corpusFiles, corpusPath, csvFullText, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median } from './measure.js';

const signal = new AbortController().signal;
const options = { steps: {}, splitParts: false, signal };

/** Imports every corpus file once (CSV through its text field, as the tests do); returns bytes read. */
async function importCorpus(): Promise<number> {
  let bytes = 0;
  for (const name of corpusFiles()) {
    if (name.endsWith('.csv')) {
      const text = Buffer.from(csvFullText(name));
      importSource(readText(text, name), text.length, options);
      bytes += text.length;
    } else {
      await importFile(corpusPath(name), name, options);
      bytes += statSync(corpusPath(name)).size;
    }
  }
  return bytes;
}

export const suite: BenchSuite = {
  name: 'import',
  async run(): Promise<BenchRow[]> {
    await importCorpus();
    const times: number[] = [];
    let bytes = 0;
    for (let round = 0; round < 5; round += 1) {
      const start = performance.now();
      bytes = await importCorpus();
      times.push(performance.now() - start);
    }
    const corpusMs = median(times);
    const megabytes = bytes / 1024 / 1024;

    // An archive-sized GBK text: the seed in GBK, repeated to about 5 MB.
    const seed = readCorpusText('seed__科技年度工作计划4篇.txt');
    const gbk = iconv.encode(seed.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seed))), 'gbk');
    // Both folders go at the end, kept or not: each run left 4 MB behind in the temporary folder.
    const folder = mkdtempSync(join(tmpdir(), 'plan-import-bench-'));
    const out = mkdtempSync(join(tmpdir(), 'plan-import-bench-out-'));
    const bigMegabytes = gbk.length / 1024 / 1024;
    let bigMs: number;
    let commandMs: number;
    try {
      const big = join(folder, 'archive.txt');
      writeFileSync(big, gbk);
      const bigStart = performance.now();
      await importFile(big, 'archive.txt', options);
      bigMs = performance.now() - bigStart;

      // The command itself over the corpus folder, writing the plans (few files, so no worker threads).
      const context = {
        cwd: out,
        lang: 'zh' as const,
        env: {},
        stdout: () => undefined,
        stderr: () => undefined,
        stdoutIsTTY: false,
        stderrIsTTY: false,
        color: false,
        debug: false,
        signal: new AbortController().signal,
      };
      const commandStart = performance.now();
      await importPlans(
        { files: [corpusPath('*.{txt,md,docx}')], outDir: out, splitParts: false, json: false, steps: {}, jobs: availableParallelism() },
        context,
      );
      commandMs = performance.now() - commandStart;
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }

    return [
      { name: 'plan import of the corpus folder (few files: one process), writing the plans', value: commandMs, unit: 'ms' },
      { name: `import the whole corpus (${corpusFiles().length} files, ${megabytes.toFixed(2)} MB), median of 5`, value: corpusMs, unit: 'ms' },
      { name: 'import the corpus: time per MB', value: corpusMs / megabytes, unit: 'ms/MB' },
      { name: `import a ${bigMegabytes.toFixed(1)} MB GBK text (the seed repeated)`, value: bigMs, unit: 'ms' },
      { name: 'import a large GBK text: time per MB', value: bigMs / bigMegabytes, unit: 'ms/MB' },
    ];
  },
};
