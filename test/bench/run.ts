import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSuite } from './bench-types.js';

/**
 * `npm run bench`: runs every `*.bench.ts` suite beside this file (or those
 * named on the command line), prints a table and writes
 * test/artifacts/bench.json. Targets are checked here, never in unit tests.
 */
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.bench\.ts$/, '')))
  .sort();

const results: Array<{ suite: string; rows: BenchRow[] }> = [];
let failed = false;
for (const file of files) {
  const module = (await import(join(here, file))) as { suite: BenchSuite };
  process.stdout.write(`\n## ${module.suite.name}\n`);
  const rows = await module.suite.run();
  for (const row of rows) {
    const value = row.unit === 'ratio' ? row.value.toFixed(2) : row.value.toFixed(1);
    const verdict = row.met === undefined ? '' : row.met ? `  ok (${row.target})` : `  MISSED (${row.target})`;
    if (row.met === false) failed = true;
    process.stdout.write(`${row.name.padEnd(72)} ${value.padStart(10)} ${row.unit}${verdict}${row.note ? `  — ${row.note}` : ''}\n`);
  }
  results.push({ suite: module.suite.name, rows });
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
const out = join(here, '../artifacts/bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
process.stdout.write(`\nmachine: ${machine}\nwritten: ${out}\n`);
process.exitCode = failed ? 1 : 0;
