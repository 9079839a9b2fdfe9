import { describe, expect, it } from 'vitest';
import { format } from '../../../src/preview/event-stream.js';
import { routeOf } from '../../../src/preview/routes.js';

const host = '127.0.0.1:4000';

describe('routeOf', () => {
  it('knows the preview’s own routes, with or without a query', () => {
    expect(routeOf('GET', '/', host, 4000)).toEqual({ kind: 'page' });
    expect(routeOf('GET', '/plan.html?v=3', host, 4000)).toEqual({ kind: 'plan' });
    expect(routeOf('HEAD', '/state.json', host, 4000)).toEqual({ kind: 'state' });
    expect(routeOf('GET', '/events', 'localhost:4000', 4000)).toEqual({ kind: 'events' });
    expect(routeOf('GET', '/plan.docx', host, 4000)).toEqual({ kind: 'download', format: 'docx' });
    expect(routeOf('GET', '/plan.pdf', host, 4000)).toEqual({ kind: 'download', format: 'pdf' });
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fplan.config.json',
    '/..%5c..%5cwindows%5cwin.ini',
    '/plan.md',
    '/./plan.html',
    '//etc/passwd',
    '/plan.html/../plan.md',
    '/C:/Windows/win.ini',
    '/.git/config',
    '/%00',
  ])('serves no file by its path: %s is 404', (url) => {
    expect(routeOf('GET', url, host, 4000)).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('refuses other host names (DNS rebinding) and a missing Host', () => {
    expect(routeOf('GET', '/', 'evil.example:4000', 4000)).toMatchObject({ kind: 'refused', status: 403 });
    expect(routeOf('GET', '/', '127.0.0.1:4001', 4000)).toMatchObject({ kind: 'refused', status: 403 });
    expect(routeOf('GET', '/', undefined, 4000)).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('serves reading only', () => {
    expect(routeOf('POST', '/', host, 4000)).toMatchObject({ kind: 'refused', status: 405 });
    expect(routeOf('PUT', '/plan.html', host, 4000)).toMatchObject({ kind: 'refused', status: 405 });
  });
});

describe('server-sent events', () => {
  it('sends each event as one data line of JSON, whatever the text holds', () => {
    expect(format('state', { message: '第一行\n第二行', n: 1 })).toBe('event: state\ndata: {"message":"第一行\\n第二行","n":1}\n\n');
  });
});
