import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median } from './measure.js';

const SAVES = 30;

/**
 * `plan preview` on the seed: the built CLI serving, a page's event stream
 * connected, the file saved again and again; each figure is from the write
 * to the new state arriving at the page (watch debounce, parse, check and
 * render included).
 */
export const suite: BenchSuite = {
  name: 'preview',
  async run(): Promise<BenchRow[]> {
    const seed = linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt'));
    const folder = mkdtempSync(join(tmpdir(), 'plan-preview-bench-'));
    const file = join(folder, 'seed.md');
    writeFileSync(file, seed);
    const child = spawn(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'preview', 'seed.md'], { cwd: folder, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) resolve(new URL(found[0]));
        });
        child.on('exit', (code) => reject(new Error(`plan preview exited with ${code}`)));
      });
      let onVersion: ((version: number) => void) | null = null;
      await new Promise<void>((resolve) => {
        request({ host: url.hostname, port: url.port, path: '/events' }, (response) => {
          let buffer = '';
          response.on('data', (chunk: Buffer) => {
            buffer += chunk.toString();
            for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
              const event = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = /^data: (.*)$/m.exec(event)?.[1];
              if (data) onVersion?.((JSON.parse(data) as { version: number }).version);
            }
          });
          resolve();
        }).end();
      });
      const times: number[] = [];
      for (let save = 0; save < SAVES; save += 1) {
        const arrived = new Promise<void>((resolve) => {
          onVersion = (version) => {
            if (version === save + 2) resolve();
          };
        });
        const start = performance.now();
        writeFileSync(file, save % 2 === 0 ? `${seed}\n加强督查。\n` : seed);
        await arrived;
        times.push(performance.now() - start);
        // A clerk saves seconds apart; the next save must not fall into this one's debounce.
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      const warm = times.slice(5);
      const kb = (Buffer.byteLength(seed) / 1024).toFixed(0);
      return [
        {
          name: `preview save → new state pushed to the page, seed (${kb} KB), median of ${warm.length}`,
          value: median(warm),
          unit: 'ms',
          target: '≤ 100 ms',
          met: median(warm) <= 100,
        },
      ];
    } finally {
      child.kill('SIGINT');
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
