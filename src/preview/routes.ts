export type Route =
  | { kind: 'page' }
  | { kind: 'plan' }
  | { kind: 'state' }
  | { kind: 'events' }
  | { kind: 'download'; format: 'docx' | 'pdf' }
  | { kind: 'refused'; status: number; reason: string };

const ROUTES: Record<string, Route> = {
  '/': { kind: 'page' },
  '/plan.html': { kind: 'plan' },
  '/state.json': { kind: 'state' },
  '/events': { kind: 'events' },
  '/plan.docx': { kind: 'download', format: 'docx' },
  '/plan.pdf': { kind: 'download', format: 'pdf' },
};

/**
 * What a request asks for. The preview serves a fixed set of routes and no
 * file by its path: `/../`, `%2e%2e`, a backslash or an absolute path in the
 * URL name nothing and get 404, so nothing in the plan's folder or outside
 * it can be read or listed. Requests must name this server as 127.0.0.1 or
 * localhost with its port: a page on another site that points its own DNS
 * name at 127.0.0.1 (DNS rebinding) is refused.
 */
export function routeOf(method: string, url: string, host: string | undefined, port: number): Route {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!host || !allowedHosts.has(host.toLowerCase())) return { kind: 'refused', status: 403, reason: 'Forbidden host' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405, reason: 'Method not allowed' };
  // The path only, as sent: no decoding and no normalising, so an encoded dot or slash can never turn into a known route.
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return ROUTES[path] ?? { kind: 'refused', status: 404, reason: 'Not found' };
}
