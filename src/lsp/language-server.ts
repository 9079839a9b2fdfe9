import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WatchDog,
} from 'vscode-languageserver';
import { createProtocolConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../check/diagnostic.js';
import { CONFIG_FILE_NAMES } from '../config/find-config-file.js';
import { loadConfigFor } from '../config/load-config.js';
import { presetRules } from '../config/presets.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { isPlanError } from '../errors.js';
import { isLang, type Lang } from '../i18n/text.js';
import { VERSION } from '../version.js';
import { analyseText, type Analysis } from './analyse-text.js';
import { ChangeDebouncer } from './change-debouncer.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { documentPath } from './document-path.js';
import { documentSymbols } from './document-symbols.js';
import { foldingRanges } from './folding-ranges.js';
import { hover } from './hover.js';
import { toLspDiagnostic } from './lsp-diagnostics.js';

/** Keystrokes closer together than this are one burst, checked once when it ends. */
export const DEFAULT_DEBOUNCE_MS = 15;

export interface LanguageServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The folder the server was started in: the root for unsaved buffers until the client names a workspace. */
  cwd: string;
  lang: Lang;
  /** Aborted on Ctrl-C: the server stops as after `exit`. */
  signal: AbortSignal;
  debounceMs?: number;
}

/** What a client may pass in `initializationOptions`. */
interface InitializationOptions {
  lang?: string;
  debounceMs?: number;
}

/**
 * Runs the plan language server on a pair of streams until the client says
 * `exit` (or the streams close, or the signal aborts) and returns the exit
 * code the protocol asks for: 0 after `shutdown`, 1 without. Every check
 * runs the same engine as `plan check`; nothing here knows a rule.
 */
export function runLanguageServer(options: LanguageServerOptions): Promise<number> {
  return new Promise((resolve) => {
    let shutdownReceived = false;
    let parentWatch: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (code: number): void => {
      if (finished) return;
      finished = true;
      if (parentWatch) clearInterval(parentWatch);
      debouncer.cancelAll();
      options.signal.removeEventListener('abort', onAbort);
      connection.dispose();
      resolve(code);
    };
    const watchDog: WatchDog = {
      get shutdownReceived() {
        return shutdownReceived;
      },
      set shutdownReceived(value: boolean) {
        shutdownReceived = value;
      },
      initialize(params: InitializeParams) {
        // An editor that dies without saying exit leaves no server behind.
        const parent = params.processId;
        if (typeof parent === 'number') {
          parentWatch = setInterval(() => {
            if (!processAlive(parent)) finish(shutdownReceived ? 0 : 1);
          }, 3000);
          parentWatch.unref();
        }
      },
      exit(code: number) {
        finish(code);
      },
    };
    const connection: Connection = createConnection((logger) => createProtocolConnection(options.input, options.output, logger), watchDog);
    const onAbort = (): void => finish(130);
    options.signal.addEventListener('abort', onAbort);
    options.input.on('end', () => finish(shutdownReceived ? 0 : 1));
    options.input.on('close', () => finish(shutdownReceived ? 0 : 1));

    const documents = new TextDocuments(TextDocument);
    const analyses = new Map<string, Analysis>();
    const debouncer = new ChangeDebouncer(options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    /** The newest version each document's check was started for, set before the check's first await. */
    const started = new Map<string, number>();
    let lang = options.lang;
    let root = options.cwd;

    connection.onInitialize((params): InitializeResult => {
      const init = (params.initializationOptions ?? {}) as InitializationOptions;
      if (typeof init.lang === 'string' && isLang(init.lang)) lang = init.lang;
      if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debouncer.setQuietMs(init.debounceMs);
      const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
      if (folder?.startsWith('file:')) root = fileURLToPath(folder);
      const watchDynamic = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      if (watchDynamic) {
        connection.onInitialized(() => {
          void connection.client
            .register(DidChangeWatchedFilesNotification.type, {
              watchers: [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }],
            })
            .catch(() => {
              // A client that refuses still gets configs re-read on every check.
            });
        });
      }
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
          documentSymbolProvider: { label: 'plan' },
          foldingRangeProvider: true,
          hoverProvider: true,
        },
        serverInfo: { name: 'plan', version: VERSION },
      };
    });

    /** Checks the document's current text and publishes the findings; the newest version wins a race. */
    const analyse = async (document: TextDocument): Promise<Analysis> => {
      debouncer.cancel(document.uri);
      started.set(document.uri, document.version);
      const path = documentPath(document.uri, root);
      let config: ResolvedConfig;
      let configProblem: Diagnostic | null = null;
      try {
        // No cache between checks: a config edited since the last keystroke applies at once.
        config = await loadConfigFor(path, { cwd: root });
      } catch (error) {
        if (!isPlanError(error)) throw error;
        config = { rules: presetRules('recommended'), ignore: [], root, file: null };
        configProblem = { ruleId: 'plan-config', severity: 'error', message: error.text, position: null };
      }
      const analysis = analyseText(document.getText(), document.version, path, config, relative(root, path) || path);
      if (configProblem) analysis.diagnostics.unshift(configProblem);
      const current = analyses.get(document.uri);
      if (!current || current.version <= analysis.version) {
        analyses.set(document.uri, analysis);
        if (documents.get(document.uri)) {
          void connection.sendDiagnostics({
            uri: document.uri,
            version: analysis.version,
            diagnostics: analysis.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, analysis.map, lang)),
          });
        }
      }
      return analysis;
    };

    const report = (error: unknown): void => {
      connection.console.error(`plan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    };

    /** The analysis of the text the editor has now: a request never answers from an older version. */
    const current = async (uri: string): Promise<Analysis | null> => {
      const document = documents.get(uri);
      if (!document) return null;
      const known = analyses.get(uri);
      return known && known.version === document.version ? known : analyse(document);
    };

    documents.onDidOpen((event) => {
      analyse(event.document).catch(report);
    });
    documents.onDidChangeContent((event) => {
      // didOpen fires this too; the open handler has started the check already.
      if (started.get(event.document.uri) === event.document.version) return;
      const uri = event.document.uri;
      debouncer.changed(uri, () => {
        const document = documents.get(uri);
        if (document) analyse(document).catch(report);
      });
    });
    documents.onDidClose((event) => {
      debouncer.forget(event.document.uri);
      analyses.delete(event.document.uri);
      started.delete(event.document.uri);
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles(() => {
      for (const document of documents.all()) analyse(document).catch(report);
    });

    connection.onCodeAction(async (params) => {
      const analysis = await current(params.textDocument.uri);
      return analysis ? codeActions(analysis, params, lang) : [];
    });
    connection.onDocumentSymbol(async (params) => {
      const analysis = await current(params.textDocument.uri);
      return analysis ? documentSymbols(analysis.parsed.document, analysis.map, lang) : [];
    });
    connection.onFoldingRanges(async (params) => {
      const analysis = await current(params.textDocument.uri);
      return analysis ? foldingRanges(analysis.parsed.document, analysis.map) : [];
    });
    connection.onHover(async (params) => {
      const analysis = await current(params.textDocument.uri);
      return analysis ? hover(analysis, params.position, lang) : null;
    });

    documents.listen(connection);
    connection.listen();
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
