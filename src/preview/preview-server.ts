import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/find-config-file.js';
import { say } from '../i18n/text.js';
import { CONTENT_SECURITY_POLICY } from '../render/html/html-view.js';
import { clearTemplateCache } from '../template/load-template.js';
import { EventStream } from './event-stream.js';
import { previewPage, previewPolicy } from './preview-page.js';
import { renderDownload, renderSnapshot, SnapshotError, type Finding, type SnapshotOptions } from './render-snapshot.js';
import { routeOf } from './routes.js';
import { FileWatcher, type WatchTarget } from './watch-files.js';

/** Quiet time after a change on disk before rendering: an editor's save is often several writes. */
export const DEFAULT_WATCH_DEBOUNCE_MS = 20;

export interface PreviewServerOptions extends SnapshotOptions {
  /** Absolute path of the plan. */
  file: string;
  /** 0: a free port chosen by the system. */
  port: number;
  debounceMs?: number;
}

/** What the page is told after every save. */
export interface PreviewState {
  /** Goes up with every rendering that succeeded; the page fetches the HTML when it changes. */
  version: number;
  /** Why the last save could not be rendered, or null; the page keeps the last good rendering. */
  error: string | null;
  findings: Finding[];
  /** When the state was made (ms since the epoch). */
  time: number;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** The state the pages have now. */
  readonly state: PreviewState;
  /** Renders again now (what a change on disk triggers); resolves once the pages were sent the new state. */
  refresh: () => Promise<void>;
  /** Called after every state sent, for tests and benchmarks. */
  onState: (listener: (state: PreviewState) => void) => void;
  close: () => Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Serves a live preview of one plan on 127.0.0.1: the rendering, its
 * findings, downloads of its .docx and PDF. Serves fixed routes only, so no
 * request can reach a file, in the plan's folder or outside it; refuses
 * requests for any other host name, so a web page cannot reach it through
 * a DNS name of its own pointed at 127.0.0.1.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const stream = new EventStream();
  const listeners: Array<(state: PreviewState) => void> = [];
  let html = '';
  let state: PreviewState = { version: 0, error: null, findings: [], time: Date.now() };
  let title = basename(options.file);
  const watcher = new FileWatcher((changed) => {
    // Templates are loaded once per process; an edited template (its CSS, pages, pieces, manifest) must be read again.
    if (changed.some((target) => target.kind === 'folder')) clearTemplateCache();
    void refresh();
  }, options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS);
  let rendering: Promise<void> = Promise.resolve();

  const publish = (next: PreviewState): void => {
    state = next;
    stream.send('state', state);
    for (const listener of listeners) listener(state);
  };

  const render = async (): Promise<void> => {
    const targets: WatchTarget[] = [{ kind: 'file', path: options.file }];
    try {
      const snapshot = await renderSnapshot(options.file, options);
      html = snapshot.html;
      title = /<title>([^<]*)<\/title>/.exec(snapshot.html)?.[1] ?? title;
      if (snapshot.templateFolder) targets.push({ kind: 'folder', path: snapshot.templateFolder });
      if (snapshot.configFile) targets.push({ kind: 'file', path: snapshot.configFile });
      else for (const name of CONFIG_FILE_NAMES) targets.push({ kind: 'file', path: join(dirname(options.file), name) });
      publish({ version: state.version + 1, error: null, findings: snapshot.findings, time: Date.now() });
    } catch (error) {
      const text = error instanceof SnapshotError ? say(error.text, options.lang) : String((error as Error).stack ?? error);
      for (const name of CONFIG_FILE_NAMES) targets.push({ kind: 'file', path: join(dirname(options.file), name) });
      publish({ ...state, error: text, time: Date.now() });
    }
    watcher.set(targets);
  };
  // Renderings run one after another, so a slow one never overwrites a newer one.
  const refresh = (): Promise<void> => {
    rendering = rendering.then(render, render);
    return rendering;
  };
  await refresh();

  const nonceFor = (): string => randomBytes(16).toString('base64');
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String((error as Error).message ?? error));
      else response.end();
    });
  });
  let port = options.port;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const route = routeOf(request.method ?? 'GET', request.url ?? '/', request.headers.host, port);
    switch (route.kind) {
      case 'refused':
        return send(response, route.status, 'text/plain; charset=utf-8', route.reason);
      case 'page': {
        const nonce = nonceFor();
        const page = previewPage({ nonce, title, file: basename(options.file), lang: options.lang });
        return send(response, 200, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': previewPolicy(nonce) });
      }
      case 'plan':
        return send(response, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      case 'state':
        return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(state));
      case 'events':
        stream.add(response, { event: 'state', data: state });
        return;
      case 'download': {
        const name = `${basename(options.file, extname(options.file))}.${route.format}`;
        try {
          const data = await renderDownload(options.file, route.format, options);
          const type = route.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
          return send(response, 200, type, data, {
            'Content-Disposition': `attachment; filename="${asciiName(name, route.format)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          });
        } catch (error) {
          if (!(error instanceof SnapshotError)) throw error;
          return send(response, 422, 'text/plain; charset=utf-8', say(error.text, options.lang));
        }
      }
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    get state() {
      return state;
    },
    refresh,
    onState(listener) {
      listeners.push(listener);
    },
    async close() {
      watcher.close();
      stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rendering.catch(() => undefined);
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(data.byteLength), ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : data);
}

/** The plain-ASCII fallback name for browsers that ignore `filename*`. */
function asciiName(name: string, format: string): string {
  const ascii = name
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
    .trim();
  return ascii === '' || ascii === `.${format}` ? `plan.${format}` : ascii;
}
