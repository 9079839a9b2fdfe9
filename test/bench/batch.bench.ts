import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR, PROJECT_DIR, corpusFiles, corpusPath, csvFullText, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { runWithTreePeak } from './tree-memory.js';

/**
 * `npm run bench -- batch`: an archive of N plans (10, 100, 1,000; override
 * with PLAN_BENCH_SIZES=10,100) built from the bundled example and the
 * corpus, converted by `plan build` and by pandoc — once per file, as a
 * user's shell loop would, and with the same parallelism through `xargs -P` —
 * and checked by `plan check` and markdownlint-cli2, all in this one run.
 * Peak memory is the largest sum of resident memory over each command's
 * process tree, from a run of its own: the runs that are timed are not
 * sampled (see runWithTreePeak).
 */
const SIZES = (process.env['PLAN_BENCH_SIZES'] ?? '10,100,1000').split(',').map(Number);
const JOBS = availableParallelism();
const PLAN = join(PROJECT_DIR, 'bin/plan.js');
const MARKDOWNLINT = join(PROJECT_DIR, 'node_modules/.bin/markdownlint-cli2');

interface Measured {
  seconds: number;
  peakMB: number;
  status: number | null;
  stderr: string;
}

/** Runs a command for its wall time, or (`sample`) for the peak memory of its whole process tree, in a run of its own (see runWithTreePeak). */
async function measure(command: string, args: readonly string[], cwd: string, sample = false): Promise<Measured> {
  // The reports (hundreds of MB for a thousand plans; markdownlint-cli2 writes them to stderr) go to files, as into a CI log.
  const outputFile = join(tmpdir(), `plan-bench-stdout-${process.pid}.txt`);
  const errors = join(tmpdir(), `plan-bench-stderr-${process.pid}.txt`);
  const output = openSync(outputFile, 'w');
  const errorOutput = openSync(errors, 'w');
  const result = await runWithTreePeak(command, args, { cwd, stdio: ['ignore', output, errorOutput], env: { ...process.env, CI: 'true' }, sample });
  closeSync(output);
  closeSync(errorOutput);
  const stderr = readFileSync(errors, 'utf8');
  for (const file of [errors, outputFile]) rmSync(file, { force: true });
  return { ...result, stderr: stderr.slice(-2000) };
}

function shell(script: string, cwd: string): Promise<Measured> {
  return measure('sh', ['-c', script], cwd);
}

/** The texts plans are made from: the bundled example and every text of the corpus, as Markdown. */
function sourceTexts(): Array<{ name: string; body: string }> {
  const texts: Array<{ name: string; body: string }> = [];
  for (const name of readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.md'))) {
    texts.push({ name, body: readFileSync(join(EXAMPLES_DIR, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') });
  }
  for (const name of corpusFiles()) {
    if (name.endsWith('.txt')) texts.push({ name, body: linesToMarkdown(readCorpusText(name)) });
    else if (name.endsWith('.csv')) texts.push({ name, body: linesToMarkdown(csvFullText(name)) });
    else if (name.endsWith('.md')) texts.push({ name, body: readFileSync(corpusPath(name), 'utf8') });
  }
  return texts;
}

/**
 * N plans in year folders, as an office archive looks: each one a source
 * text under its own front matter, so no two files are the same.
 */
function generateArchive(count: number, root: string): { folder: string; averageKB: number } {
  const texts = sourceTexts();
  const folder = join(root, 'archive');
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const source = texts[index % texts.length] as { name: string; body: string };
    const year = 2017 + (index % 10);
    const front = `---\ntitle: 第${index + 1}号${year}年工作计划\nissuer: 樊城区科学技术局\ndate: ${year}-01-05\n---\n\n`;
    const text = front + source.body;
    mkdirSync(join(folder, String(year)), { recursive: true });
    writeFileSync(join(folder, String(year), `plan-${String(index).padStart(5, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return { folder, averageKB: bytes / count / 1024 };
}

function mustSucceed(what: string, measured: Measured, allowed: readonly number[] = [0]): Measured {
  if (measured.status === null || !allowed.includes(measured.status)) {
    throw new Error(`${what} exited with ${measured.status}:\n${measured.stderr}`);
  }
  return measured;
}

async function runSize(count: number): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), `plan-bench-${count}-`));
  try {
    const { averageKB } = generateArchive(count, root);
    const label = `${count} plans`;
    const out = (name: string): string => {
      const path = join(root, name);
      mkdirSync(path, { recursive: true });
      return path;
    };
    const perFile = (format: 'docx' | 'html', target: string): string =>
      `find archive -name '*.md' | sort | while read -r f; do pandoc ${format === 'html' ? '-s ' : ''}"$f" -o "${target}/$(basename "$f" .md).${format}" 2>/dev/null; done`;
    const parallel = (format: 'docx' | 'html', target: string): string =>
      `find archive -name '*.md' -print0 | xargs -0 -P ${JOBS} -I{} sh -c 'pandoc ${format === 'html' ? '-s ' : ''}"$1" -o "${target}/$(basename "$1" .md).${format}" 2>/dev/null' _ {}`;

    const rows: BenchRow[] = [];
    for (const format of ['docx', 'html'] as const) {
      const build = (target: string): string[] => [PLAN, 'build', 'archive', '--out-dir', out(target), '--format', format, '--force', '--quiet'];
      const plan = mustSucceed(`plan build --format ${format}`, await measure(process.execPath, build(`plan-${format}`), root));
      const planPeakMB = mustSucceed(`plan build --format ${format}`, await measure(process.execPath, build(`plan-${format}-memory`), root, true)).peakMB;
      const loop = await shell(perFile(format, out(`pandoc-loop-${format}`)), root);
      const xargs = await shell(parallel(format, out(`pandoc-xargs-${format}`)), root);
      const loopRatio = loop.seconds / plan.seconds;
      const xargsRatio = xargs.seconds / plan.seconds;
      const isTarget = format === 'docx' && count >= 1000;
      rows.push(
        {
          name: `${label} → .${format}: plan build (${JOBS} threads)`,
          value: plan.seconds,
          unit: 's',
          note: `${(count / plan.seconds).toFixed(0)} files/s; plans average ${averageKB.toFixed(0)} KB`,
        },
        { name: `${label} → .${format}: pandoc once per file (shell loop)`, value: loop.seconds, unit: 's' },
        { name: `${label} → .${format}: pandoc, xargs -P ${JOBS}`, value: xargs.seconds, unit: 's' },
        {
          name: `${label} → .${format}: pandoc loop ÷ plan build`,
          value: loopRatio,
          unit: 'ratio',
          ...(isTarget ? { target: '≥ 10', met: loopRatio >= 10 } : {}),
        },
        {
          name: `${label} → .${format}: pandoc xargs -P ${JOBS} ÷ plan build`,
          value: xargsRatio,
          unit: 'ratio',
          ...(isTarget ? { target: '≥ 3', met: xargsRatio >= 3 } : {}),
        },
        {
          name: `${label} → .${format}: plan build peak memory`,
          value: planPeakMB,
          unit: 'MB',
          ...(count >= 1000 ? { target: '< 400 MB', met: planPeakMB < 400 } : {}),
        },
      );
    }

    // Both linters exit 1 when they find problems; the corpus has plenty.
    const check = mustSucceed('plan check', await measure(process.execPath, [PLAN, 'check', 'archive'], root), [0, 1]);
    const lint = mustSucceed('markdownlint-cli2', await measure(MARKDOWNLINT, ['archive/**/*.md'], root), [0, 1]);
    const checkPeakMB = mustSucceed('plan check', await measure(process.execPath, [PLAN, 'check', 'archive'], root, true), [0, 1]).peakMB;
    const lintPeakMB = mustSucceed('markdownlint-cli2', await measure(MARKDOWNLINT, ['archive/**/*.md'], root, true), [0, 1]).peakMB;
    const checkRatio = lint.seconds / check.seconds;
    rows.push(
      { name: `${label}: plan check`, value: check.seconds, unit: 's', note: `peak ${checkPeakMB.toFixed(0)} MB` },
      { name: `${label}: markdownlint-cli2 0.22.1`, value: lint.seconds, unit: 's', note: `peak ${lintPeakMB.toFixed(0)} MB` },
      { name: `${label}: markdownlint-cli2 ÷ plan check`, value: checkRatio, unit: 'ratio', ...(count >= 1000 ? { target: '> 1', met: checkRatio > 1 } : {}) },
    );
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export const suite: BenchSuite = {
  name: 'batch',
  async run(): Promise<BenchRow[]> {
    const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? 'pandoc missing';
    process.stdout.write(`${version}; ${JOBS} threads for plan and xargs -P\n`);
    const rows: BenchRow[] = [];
    for (const count of SIZES) rows.push(...(await runSize(count)));
    return rows;
  },
};
