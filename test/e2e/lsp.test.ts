import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../helpers/corpus.js';

/** `plan lsp --stdio` as an editor starts it: the built CLI, JSON-RPC over its stdin and stdout. */
const root = mkdtempSync(join(tmpdir(), 'plan-lsp-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('plan lsp --stdio', () => {
  it('serves an editor session from initialize to exit, with nothing but protocol on stdout', async () => {
    writeFileSync(join(root, 'plan.config.json'), JSON.stringify({ rules: { 'single-child': 'off' } }));
    const file = join(root, '计划.md');
    const uri = pathToFileURL(file).href;
    const text = '# 2027年工作计划\n\n一、工作目标\n\n（一）𠀀建设,完善。\n\n（二）开展评估。\n\n二、保障措施\n\n加强领导。\n';
    writeFileSync(file, text);
    const child = spawn(process.execPath, [join(PROJECT_DIR, 'bin/plan.js'), 'lsp', '--stdio'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PLAN_LANG: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<{
      uri: string;
      version: number;
      diagnostics: Array<{ code: string; range: { start: { line: number; character: number } } }>;
    }>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.listen();

    const init = await connection.sendRequest<{ serverInfo: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
    });
    expect(init.serverInfo.name).toBe('plan');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = await published;
    expect(diagnostics.version).toBe(1);
    expect(diagnostics.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['cjk-punctuation', 4, 7]]);

    const symbols = await connection.sendRequest<Array<{ name: string; children: Array<{ name: string }> }>>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols.map((symbol) => [symbol.name, symbol.children.map((child) => child.name)])).toEqual([
      ['一、工作目标', ['（一）𠀀建设,完善', '（二）开展评估']],
      ['二、保障措施', []],
    ]);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    connection.dispose();
  });
});
