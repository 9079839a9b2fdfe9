import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '../../src/parse/parse-plan.js';
import { buildViewModel } from '../../src/render/build-view-model.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import { loadTemplate } from '../../src/template/load-template.js';
import { PROJECT_DIR, corpusPath, linesToMarkdown } from '../helpers/corpus.js';
import { hasCommand } from '../helpers/tools.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median, wallTime } from './measure.js';

/**
 * `plan build --format html` on the seed-sized plan, side by side with
 * `pandoc -s -o x.html` on the same Markdown in the same run, alternating
 * so that both see the same machine state. The target compares whole
 * commands, process start included, as a clerk meets them. Beside them, the
 * floor of the chosen stack: remark and Handlebars alone, with none of our
 * code, writing a one-line page.
 */
export const suite: BenchSuite = {
  name: 'build-html',
  async run(): Promise<BenchRow[]> {
    const folder = mkdtempSync(join(tmpdir(), 'plan-bench-html-'));
    try {
      const markdown = linesToMarkdown(readFileSync(corpusPath('seed__科技年度工作计划4篇.txt'), 'utf8'));
      writeFileSync(join(folder, 'seed.md'), markdown);
      const size = `${(Buffer.byteLength(markdown) / 1024).toFixed(0)} KB`;
      const rows: BenchRow[] = [];

      // In-process, warm: what the HTML path itself costs (parse, view model, Handlebars).
      const template = await loadTemplate('plan', { cwd: PROJECT_DIR });
      const renderOnce = async (): Promise<void> => {
        await renderHtml(buildViewModel(parsePlan(markdown).document, template), template);
      };
      for (let index = 0; index < 10; index += 1) await renderOnce();
      const inProcess: number[] = [];
      for (let index = 0; index < 30; index += 1) {
        const start = performance.now();
        await renderOnce();
        inProcess.push(performance.now() - start);
      }
      rows.push({ name: `parse + view model + HTML, seed-sized plan (${size}), in process, median of 30`, value: median(inProcess), unit: 'ms' });

      const planArgs = [join(PROJECT_DIR, 'bin/plan.js'), 'build', '--force', '--format', 'html', '-o', 'ours.html', 'seed.md'];
      const pandocArgs = ['-s', '--metadata', 'title=seed', '-o', 'pandoc.html', 'seed.md'];
      const havePandoc = hasCommand('pandoc');
      const floorArgs = [join(PROJECT_DIR, 'test/bench/floor/html.mjs'), 'seed.md', 'floor.html'];
      const ours: number[] = [];
      const pandoc: number[] = [];
      const floor: number[] = [];
      wallTime(process.execPath, floorArgs, folder);
      for (let index = 0; index < 9; index += 1) {
        ours.push(wallTime(process.execPath, planArgs, folder));
        if (havePandoc) pandoc.push(wallTime('pandoc', pandocArgs, folder));
        floor.push(wallTime(process.execPath, floorArgs, folder));
      }
      const oursMs = median(ours);
      rows.push({ name: `plan build --format html, seed-sized plan (${size}), median of 9`, value: oursMs, unit: 'ms' });
      rows.push({
        name: 'stack floor: remark parses the seed, Handlebars writes one line (test/bench/floor/html.mjs), median of 9',
        value: median(floor),
        unit: 'ms',
      });
      if (havePandoc) {
        const pandocMs = median(pandoc);
        rows.push({ name: `pandoc -s -o x.html, same Markdown, median of 9`, value: pandocMs, unit: 'ms' });
        const ratio = oursMs / pandocMs;
        rows.push({ name: 'plan build --format html ÷ pandoc -s -o x.html (wall time)', value: ratio, unit: 'ratio', target: '≤ 1.0', met: ratio <= 1.0 });
        rows.push({
          name: 'stack floor ÷ pandoc -s -o x.html (wall time)',
          value: median(floor) / pandocMs,
          unit: 'ratio',
          note: 'the chosen libraries alone, none of our code',
        });
        rows.push({
          name: 'HTML path in process ÷ pandoc -s -o x.html (wall time)',
          value: median(inProcess) / pandocMs,
          unit: 'ratio',
          note: 'ours without process start, module loading or plan check; pandoc with its process start',
        });
      } else {
        rows.push({ name: 'plan build --format html ÷ pandoc -s -o x.html (wall time)', value: Number.NaN, unit: 'ratio', note: 'pandoc not installed' });
      }
      return rows;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
