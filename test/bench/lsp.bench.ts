import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { PROJECT_DIR, linesToMarkdown, readCorpusText } from '../helpers/corpus.js';
import type { BenchRow, BenchSuite } from './bench-types.js';
import { median } from './measure.js';

const CHANGES = 40;
const OPEN_PLANS = 20;

/** Resident memory of a process, from /proc (Linux); null elsewhere. */
function residentMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/**
 * `plan lsp --stdio` as an editor drives it: the built CLI, JSON-RPC over
 * pipes. Times each keystroke's didChange to the publishDiagnostics of that
 * version (debounce included), then the server's memory with 20 seed-sized
 * plans open.
 */
export const suite: BenchSuite = {
  name: 'lsp',
  async run(): Promise<BenchRow[]> {
    const seed = linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt'));
    const child = spawn(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'lsp', '--stdio'], { cwd: tmpdir(), stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiting = new Map<string, (version: number) => void>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => {
      waiting.get(`${params.uri}#${params.version}`)?.(params.version ?? 0);
    });
    connection.listen();
    const published = (uri: string, version: number): Promise<number> => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      const uri = pathToFileURL(join(tmpdir(), 'plan-bench-0.md')).href;
      const opened = published(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
      await opened;

      // A keystroke at the end of the first paragraph line, typed and deleted in turn.
      const line = seed.split('\n').findIndex((text) => text.length > 10);
      const times: number[] = [];
      for (let version = 2; version < 2 + CHANGES; version += 1) {
        const typed = version % 2 === 0;
        const change = typed
          ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '加' }
          : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
        const done = published(uri, version);
        const start = performance.now();
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        await done;
        times.push(performance.now() - start);
      }
      const warm = times.slice(5);

      for (let index = 1; index < OPEN_PLANS; index += 1) {
        const other = pathToFileURL(join(tmpdir(), `plan-bench-${index}.md`)).href;
        const done = published(other, 1);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: seed } });
        await done;
      }
      // Ask for the outline of each too, so the server holds what an editor makes it hold.
      for (let index = 0; index < OPEN_PLANS; index += 1) {
        await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: pathToFileURL(join(tmpdir(), `plan-bench-${index}.md`)).href } });
      }
      const memory = residentMb(child.pid as number);
      const kb = (Buffer.byteLength(seed) / 1024).toFixed(0);
      const rows: BenchRow[] = [
        {
          name: `lsp didChange → publishDiagnostics, seed (${kb} KB), median of ${warm.length}`,
          value: median(warm),
          unit: 'ms',
          target: '≤ 50 ms',
          met: median(warm) <= 50,
        },
      ];
      if (memory !== null)
        rows.push({
          name: `lsp server memory (RSS) with ${OPEN_PLANS} seed-sized plans open`,
          value: memory,
          unit: 'MB',
          target: '< 300 MB',
          met: memory < 300,
        });
      else rows.push({ name: `lsp server memory with ${OPEN_PLANS} plans open`, value: Number.NaN, unit: 'MB', note: 'no /proc on this system: not measured' });
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      return rows;
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  },
};
