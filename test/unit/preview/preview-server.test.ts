import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../helpers/corpus.js';
import { CONTENT_SECURITY_POLICY } from '../../../src/render/html/html-view.js';
import { startPreviewServer, type PreviewServer, type PreviewState } from '../../../src/preview/preview-server.js';

const PLAN = '# 2027年工作计划\n\n一、工作目标\n\n（一）完成申报。\n\n（二）开展评估。\n\n二、保障措施\n\n加强领导。\n';

let folder: string;
let file: string;
let server: PreviewServer;

/** A raw request, path as written: no client-side normalising of `..`. */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function nextState(): Promise<PreviewState> {
  return new Promise((resolve) => server.onState(resolve));
}

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'plan-preview-'));
  file = join(folder, '计划.md');
  writeFileSync(file, PLAN);
  writeFileSync(join(folder, 'secret.txt'), 'not for the browser');
  server = await startPreviewServer({ file, port: 0, cwd: folder, lang: 'zh', debounceMs: 5 });
});

afterEach(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('preview server', () => {
  it('listens on 127.0.0.1 only, on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the plan page with plan build’s own Content-Security-Policy', async () => {
    const page = await get('/plan.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const html = page.body.toString();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#x27;')}">`);
    expect(html).toContain('完成申报');
    expect(html).not.toContain('<script');
  });

  it('allows the preview page’s one script by a fresh nonce, and nothing else', async () => {
    const first = await get('/');
    const second = await get('/');
    const policy = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(policy).toBe(`${CONTENT_SECURITY_POLICY}; script-src 'nonce-${nonce}'; connect-src 'self'; frame-src 'self'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(second.headers['content-security-policy']).not.toBe(policy);
    const scripts = [...first.body.toString().matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
    expect(scripts).toEqual([` nonce="${nonce}"`]);
  });

  it('serves no file of the plan’s folder or outside it', async () => {
    for (const path of ['/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/%E8%AE%A1%E5%88%92.md', '/..%2fsecret.txt', '/?/../secret.txt']) {
      const response = await get(path);
      expect(response.body.toString()).not.toContain('not for the browser');
      if (path !== '/?/../secret.txt') expect(response.status, path).toBe(404);
    }
    expect((await get('/', { Host: 'attacker.example' })).status).toBe(403);
  });

  it('pushes the new state over server-sent events when the file is saved', async () => {
    const events = await new Promise<{ read: () => string; close: () => void }>((resolve) => {
      let text = '';
      const req = request({ host: '127.0.0.1', port: server.port, path: '/events' }, (response) => {
        expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        resolve({ read: () => text, close: () => req.destroy() });
      });
      req.end();
    });
    await expect.poll(() => events.read()).toContain('"version":1');
    const pushed = nextState();
    writeFileSync(file, PLAN.replace('加强领导。', '加强领导,落实责任。'));
    const state = await pushed;
    expect(state.version).toBe(2);
    expect(state.findings.map((finding) => [finding.ruleId, finding.line, finding.anchor])).toEqual([['cjk-punctuation', 11, 's-2']]);
    await expect.poll(() => events.read()).toContain('"version":2');
    expect(events.read()).toMatch(/event: state\ndata: \{"version":2,"error":null,"findings":\[\{"ruleId":"cjk-punctuation"/);
    expect((await get('/plan.html')).body.toString()).toContain('加强领导,落实责任');
    events.close();
  });

  it('keeps the last good page and reports the error when a save does not parse', async () => {
    const pushed = nextState();
    writeFileSync(file, `---\ntitle: [unclosed\n---\n${PLAN.replace('完成申报', '新的文字')}`);
    const state = await pushed;
    expect(state.version).toBe(1);
    expect(state.error).toContain('计划.md:');
    const page = (await get('/plan.html')).body.toString();
    expect(page).toContain('完成申报');
    expect(page).not.toContain('新的文字');
  });

  it('reloads when the config changes', async () => {
    const before = nextState();
    writeFileSync(file, PLAN.replace('加强领导。', '加强领导,落实责任。'));
    expect((await before).findings.map((finding) => finding.severity)).toEqual(['warning']);
    const after = nextState();
    writeFileSync(join(folder, 'plan.config.json'), JSON.stringify({ rules: { 'cjk-punctuation': 'error' } }));
    expect((await after).findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('shows an edit of the plan’s own template: its stylesheet and its page', async () => {
    const template = join(folder, '模板');
    mkdirSync(join(template, 'html'), { recursive: true });
    writeFileSync(join(template, 'template.yaml'), 'extends: plan\n');
    const builtinStyle = readFileSync(join(PROJECT_DIR, 'templates/plan/html/style.css'), 'utf8');
    writeFileSync(join(template, 'html', 'style.css'), `${builtinStyle}\n.paragraph { color: rgb(1, 2, 3); }\n`);
    const first = nextState();
    writeFileSync(file, `---\ntemplate: ./模板\n---\n${PLAN}`);
    expect((await first).error).toBeNull();
    expect((await get('/plan.html')).body.toString()).toContain('rgb(1, 2, 3)');

    // Watched once the plan named it; the edit must reach the page without a save of the plan.
    const restyled = nextState();
    writeFileSync(join(template, 'html', 'style.css'), `${builtinStyle}\n.paragraph { color: rgb(4, 5, 6); }\n`);
    await restyled;
    const page = (await get('/plan.html')).body.toString();
    expect(page).toContain('rgb(4, 5, 6)');
    expect(page).not.toContain('rgb(1, 2, 3)');

    const manifest = nextState();
    writeFileSync(join(template, 'template.yaml'), 'extends: plan\nfonts:\n  body:\n    sizePt: 15\n');
    await manifest;
    expect((await get('/plan.html')).body.toString()).toContain('--font-body-size: 15pt');
  });

  it('builds the .docx of the current text on demand', async () => {
    const response = await get('/plan.docx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="plan.docx"; filename*=UTF-8''${encodeURIComponent('计划.docx')}`);
    expect(response.body.subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(file, 'utf8')).toBe(PLAN);
  });
});
