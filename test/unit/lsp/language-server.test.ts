import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClient } from './lsp-client.js';

const PLAN = [
  '# 2027年工作计划',
  '',
  '## 第一篇 综合',
  '',
  '一、工作目标',
  '',
  '（一）项目建设',
  '',
  '1.完成申报',
  '',
  '（1）𠀀𠀀申报项目30项,培育企业5家。',
  '',
  '（2）开展评估。',
  '',
  '二、保障措施',
  '',
  '加强领导,落实责任。',
  '',
].join('\n');

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}
interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics?: Array<{ code: string }>;
  edit: { changes: Record<string, Edit[]> };
}
interface Symbol {
  name: string;
  detail: string;
  range: Edit['range'];
  selectionRange: Edit['range'];
  children: Symbol[];
}

let folder: string;
let client: TestClient;
let uri: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'plan-lsp-'));
  uri = pathToFileURL(join(folder, '计划.md')).href;
  client = new TestClient({ cwd: folder, debounceMs: 5 });
});

afterEach(async () => {
  client.connection.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('plan lsp', () => {
  it('announces what it serves and ends with exit code 0 after shutdown', async () => {
    const result = await client.initialize({ rootUri: pathToFileURL(folder).href });
    expect(result.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.plan'] },
      documentSymbolProvider: { label: 'plan' },
      foldingRangeProvider: true,
      hoverProvider: true,
    });
    expect(await client.stop()).toBe(0);
  });

  it('ends with exit code 1 on exit without shutdown, as the protocol asks', async () => {
    await client.initialize();
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(1);
  });

  it('publishes every rule’s findings on open, at exact UTF-16 positions past astral characters', async () => {
    await client.initialize({ rootUri: pathToFileURL(folder).href });
    await client.open(uri, PLAN);
    const published = await client.diagnostics(uri, 1);
    const comma = published.diagnostics.find((d) => d.code === 'cjk-punctuation' && d.range.start.line === 10);
    // （1） is 3 units, each 𠀀 is 2, 申报项目30项 is 7: the comma is unit 14.
    expect(comma?.range).toEqual({ start: { line: 10, character: 14 }, end: { line: 10, character: 15 } });
    expect(PLAN.split('\n')[10]?.slice(14, 15)).toBe(',');
    expect(comma).toMatchObject({
      severity: 2,
      source: 'plan',
      codeDescription: { href: 'https://github.com/gongwen-plan/gongwen-plan/blob/main/src/check/docs/cjk-punctuation.md' },
    });
    expect(comma?.message).toBe('中文中应使用全角标点：期望“，”，实际“,”');
    const singleChild = published.diagnostics.find((d) => d.code === 'single-child');
    expect(singleChild?.severity).toBe(3);
    expect(await client.stop()).toBe(0);
  });

  it('keeps positions exact in a CRLF document with a BOM', async () => {
    await client.initialize();
    const text = `\ufeff${PLAN.replace(/\n/g, '\r\n')}`;
    await client.open(uri, text);
    const published = await client.diagnostics(uri, 1);
    const lines = text.split('\r\n');
    const last = published.diagnostics.find((d) => d.code === 'cjk-punctuation' && d.range.start.line === 16);
    expect(last?.range.start).toEqual({ line: 16, character: lines[16]?.indexOf(',') });
    // The BOM is on line 0: a finding there would be shifted by one unit.
    const fixes = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), fixes[0]?.edit.changes[uri] ?? []);
    expect(fixed).toBe(text.replace('30项,培育', '30项，培育').replace('领导,落实', '领导，落实'));
    await client.stop();
  });

  it('checks again after a change, and drops findings that are gone', async () => {
    await client.initialize();
    await client.open(uri, PLAN);
    await client.diagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 10, character: 14 }, end: { line: 10, character: 15 } }, text: '，' }],
    });
    const second = await client.diagnostics(uri, 2);
    expect(second.diagnostics.filter((d) => d.code === 'cjk-punctuation').map((d) => d.range.start.line)).toEqual([16]);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 14, character: 0 }, end: { line: 14, character: 2 } }, text: '四、' }],
    });
    const third = await client.diagnostics(uri, 3);
    expect(third.diagnostics.some((d) => d.code === 'numbering-sequence' && d.range.start.line === 14)).toBe(true);
    await client.stop();
  });

  it('checks a change after a quiet spell at once, without waiting out the burst window', async () => {
    client.connection.dispose();
    // A window no test could wait out: the change is published only if it is not made to wait.
    client = new TestClient({ cwd: folder, debounceMs: 600_000 });
    await client.initialize();
    await client.open(uri, PLAN);
    await client.diagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } }, text: 'x' }],
    });
    expect((await client.diagnostics(uri, 2)).version).toBe(2);
    await client.stop();
  });

  it('checks a burst of changes once, on the last text; no version in the middle is published', async () => {
    client.connection.dispose();
    client = new TestClient({ cwd: folder, debounceMs: 50 });
    await client.initialize();
    await client.open(uri, PLAN);
    await client.diagnostics(uri, 1);
    for (let version = 2; version <= 6; version += 1) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } }, text: 'x' }],
      });
    }
    const last = await client.diagnostics(uri, 6);
    expect(last.version).toBe(6);
    // The burst's first change follows a quiet spell and may be checked at once; the rest wait for the burst to end.
    expect(client.published.filter((p) => p.uri === uri && (p.version ?? 0) > 2 && (p.version ?? 0) < 6)).toEqual([]);
    await client.stop();
  });

  it('offers each rule’s fix as a quick fix, and fix-all as source.fixAll', async () => {
    await client.initialize();
    await client.open(uri, PLAN);
    await client.diagnostics(uri, 1);
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 10, character: 14 }, end: { line: 10, character: 14 } },
      context: { diagnostics: [] },
    });
    const quick = actions.find((action) => action.kind === 'quickfix');
    expect(quick).toMatchObject({ isPreferred: true, diagnostics: [{ code: 'cjk-punctuation' }] });
    expect(quick?.edit.changes[uri]).toEqual([{ range: { start: { line: 10, character: 14 }, end: { line: 10, character: 15 } }, newText: '，' }]);
    expect(actions.filter((action) => action.kind === 'quickfix')).toHaveLength(1);

    const fixAll = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(fixAll.map((action) => action.kind)).toEqual(['source.fixAll.plan']);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, PLAN), fixAll[0]?.edit.changes[uri] ?? []);
    expect(fixed).toBe(PLAN.replace('30项,培育', '30项，培育').replace('领导,落实', '领导，落实'));
    await client.stop();
  });

  it('gives the numbered outline as a tree of symbols: 篇 → 一、 → （一） → 1. → （1）', async () => {
    await client.initialize();
    await client.open(uri, PLAN);
    const symbols = await client.connection.sendRequest<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const shape = (list: Symbol[]): unknown => list.map((symbol) => ({ name: symbol.name, children: shape(symbol.children) }));
    expect(shape(symbols)).toEqual([
      {
        name: '第一篇 综合',
        children: [
          {
            name: '一、工作目标',
            children: [
              {
                name: '（一）项目建设',
                children: [
                  {
                    name: '1.完成申报',
                    children: [
                      { name: '（1）𠀀𠀀申报项目30项,培育企业5家', children: [] },
                      { name: '（2）开展评估', children: [] },
                    ],
                  },
                ],
              },
            ],
          },
          { name: '二、保障措施', children: [] },
        ],
      },
    ]);
    const part = symbols[0] as Symbol;
    expect(part.detail).toBe('篇');
    expect(part.selectionRange.start).toEqual({ line: 2, character: 0 });
    const level1 = part.children[0] as Symbol;
    expect(level1.detail).toBe('一级标题');
    expect(level1.range.start.line).toBe(4);
    expect(level1.range.end.line).toBe(12);
    await client.stop();
  });

  it('folds each section from its heading to its last line of text', async () => {
    await client.initialize();
    await client.open(uri, PLAN);
    const ranges = await client.connection.sendRequest<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    expect(ranges.map((range) => [range.startLine, range.endLine])).toEqual([
      [2, 16],
      [4, 12],
      [6, 12],
      [8, 12],
      [14, 16],
    ]);
    await client.stop();
  });

  it('shows the rule’s documentation on hover over a finding, and the level over a marker', async () => {
    await client.initialize();
    await client.open(uri, PLAN);
    const onFinding = await client.connection.sendRequest<{ contents: { kind: string; value: string }; range: Edit['range'] }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 10, character: 14 },
    });
    expect(onFinding.contents.kind).toBe('markdown');
    expect(onFinding.contents.value).toContain('**cjk-punctuation**: 中文中应使用全角标点');
    expect(onFinding.contents.value).toContain('## 为什么 / Why');
    expect(onFinding.range).toEqual({ start: { line: 10, character: 14 }, end: { line: 10, character: 15 } });
    const onMarker = await client.connection.sendRequest<{ contents: { value: string }; range: Edit['range'] }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 12, character: 1 },
    });
    expect(onMarker.contents.value).toContain('**四级标题** “（2）”，第 2 项');
    expect(onMarker.contents.value).toContain('第一篇 综合 › 一、工作目标 › （一）项目建设 › 1.完成申报 › （2）开展评估');
    expect(onMarker.range).toEqual({ start: { line: 12, character: 0 }, end: { line: 12, character: 3 } });
    const onText = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 16, character: 1 } });
    expect(onText).toBeNull();
    await client.stop();
  });

  it('speaks English when the client asks for it', async () => {
    await client.initialize({ initializationOptions: { lang: 'en' } });
    await client.open(uri, PLAN);
    const published = await client.diagnostics(uri, 1);
    expect(published.diagnostics.find((d) => d.code === 'cjk-punctuation')?.message).toBe(
      'Use full-width punctuation in Chinese text: expected "，", found ","',
    );
    await client.stop();
  });

  it('finds the plan’s config like plan check, and reloads it when the editor reports a change', async () => {
    const config = join(folder, 'plan.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'cjk-punctuation': 'off' } }));
    await client.initialize({ rootUri: pathToFileURL(folder).href });
    await client.open(uri, PLAN);
    const first = await client.diagnostics(uri, 1);
    expect(first.diagnostics.map((d) => d.code)).not.toContain('cjk-punctuation');

    writeFileSync(config, JSON.stringify({ rules: { 'cjk-punctuation': 'error', 'single-child': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const second = await client.diagnostics(uri, 1);
    expect(second.diagnostics.filter((d) => d.code === 'cjk-punctuation').map((d) => d.severity)).toEqual([1, 1]);
    expect(second.diagnostics.map((d) => d.code)).not.toContain('single-child');

    writeFileSync(config, '{ "rules": ');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const broken = await client.diagnostics(uri, 1);
    expect(broken.diagnostics[0]).toMatchObject({ code: 'plan-config', severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(broken.diagnostics[0]?.message).toContain('plan.config.json');
    await client.stop();
  });

  it('folds the front matter, and names auto-numbered headings by the numbers they will get', async () => {
    await client.initialize();
    const text =
      '---\ntitle: 2027年工作要点\nnumbering: auto\n---\n\n# 2027年工作要点\n\n## 提升服务\n\n### 加强调研\n\n每季度形成报告。\n\n### 提高质量\n\n严格审核。\n\n## 强化督查\n\n按月通报。\n';
    await client.open(uri, text);
    const symbols = await client.connection.sendRequest<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((symbol) => [symbol.name, symbol.selectionRange.start.line, symbol.children.map((child) => child.name)])).toEqual([
      ['[一、]提升服务', 7, ['[（一）]加强调研', '[（二）]提高质量']],
      ['[二、]强化督查', 17, []],
    ]);
    const ranges = await client.connection.sendRequest<Array<{ startLine: number; endLine: number; kind?: string }>>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    expect(ranges[0]).toEqual({ startLine: 0, endLine: 3, kind: 'region' });
    expect(ranges.slice(1).map((range) => [range.startLine, range.endLine])).toEqual([
      [7, 15],
      [9, 11],
      [13, 15],
      [17, 19],
    ]);
    await client.stop();
  });

  it('clears a closed document’s findings', async () => {
    await client.initialize();
    await client.open(uri, PLAN);
    await client.diagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.diagnostics(uri);
    expect(cleared.diagnostics).toEqual([]);
    await client.stop();
  });
});
