import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { runLanguageServer } from '../../../src/lsp/language-server.js';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    source: string;
    message: string;
    codeDescription?: { href: string };
  }>;
}

/**
 * An editor's end of the protocol, talking to the server in this process
 * over a pair of streams: the same JSON-RPC framing as over stdio.
 */
export class TestClient {
  readonly connection: MessageConnection;
  readonly exited: Promise<number>;
  readonly published: PublishedDiagnostics[] = [];
  private waiters: Array<{ test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }> = [];
  private readonly controller = new AbortController();

  constructor(options: { cwd: string; lang?: 'zh' | 'en'; debounceMs?: number }) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    this.exited = runLanguageServer({
      input: toServer,
      output: toClient,
      cwd: options.cwd,
      lang: options.lang ?? 'zh',
      signal: this.controller.signal,
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
    });
    this.connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      const waiter = this.waiters.find((candidate) => candidate.test(params));
      if (!waiter) {
        this.published.push(params);
        return;
      }
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** The next diagnostics published for `uri` (at `version`, when given), each taken once. */
  diagnostics(uri: string, version?: number): Promise<PublishedDiagnostics> {
    const test = (p: PublishedDiagnostics): boolean => p.uri === uri && (version === undefined || p.version === version);
    const already = this.published.find(test);
    if (already) {
      this.published.splice(this.published.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  async initialize(params: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      ...params,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  async stop(): Promise<number> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
