import { escapeHtml } from '../render/html/escape-html.js';
import { CONTENT_SECURITY_POLICY } from '../render/html/html-view.js';
import type { Lang } from '../i18n/text.js';
import { PREVIEW_CLIENT_SCRIPT } from './preview-client.js';

/**
 * The policy of the preview's frame page: the plan page's own, plus exactly
 * what the preview needs: its one script (by nonce), the event stream and
 * fetches to this server, the plan's page in a frame from this server.
 */
export function previewPolicy(nonce: string): string {
  return `${CONTENT_SECURITY_POLICY}; script-src 'nonce-${nonce}'; connect-src 'self'; frame-src 'self'`;
}

const STYLE = `
:root { color-scheme: light dark; --panel: 22rem; font-family: system-ui, "Noto Sans CJK SC", sans-serif; }
body { margin: 0; display: flex; height: 100vh; overflow: hidden; }
#desk { flex: 1; position: relative; overflow: hidden; min-width: 0; }
#plan { position: absolute; inset: 0 auto auto 0; width: 100%; height: 100%; border: 0; background: Canvas; transform-origin: 0 0; }
#plan.waiting { visibility: hidden; }
aside { width: var(--panel); border-left: 1px solid #8884; display: flex; flex-direction: column; font-size: 14px; }
header { padding: .6rem .8rem; border-bottom: 1px solid #8884; display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: baseline; }
header h1 { font-size: 15px; margin: 0; flex-basis: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
#status { color: GrayText; font-size: 12px; }
#problem { margin: .6rem .8rem 0; padding: .5rem .6rem; background: #c0000018; border: 1px solid #c00; border-radius: 4px; white-space: pre-wrap; font-size: 13px; }
h2 { font-size: 13px; margin: .8rem .8rem .3rem; }
ol { list-style: none; margin: 0; padding: 0 .4rem .8rem; overflow-y: auto; }
.finding { display: grid; grid-template-columns: 1fr auto; gap: .1rem .5rem; width: 100%; text-align: start; font: inherit; color: inherit;
  background: none; border: 0; border-left: 3px solid #c60; border-radius: 3px; padding: .35rem .5rem; margin: .15rem 0; cursor: pointer; }
.finding:hover, .finding:focus-visible { background: #8882; }
.finding.error { border-left-color: #c00; }
.finding.info { border-left-color: #06c; }
.place { color: GrayText; font-variant-numeric: tabular-nums; }
.message { grid-column: 1 / -1; }
`;

/** The page the browser opens: the plan's rendering in a frame, the findings beside it, the downloads above them. */
export function previewPage(options: { nonce: string; title: string; file: string; lang: Lang }): string {
  const zh = options.lang === 'zh';
  return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — plan preview</title>
<style>${STYLE}</style>
</head>
<body>
<div id="desk"><iframe id="plan" class="waiting" src="/plan.html" title="${escapeHtml(options.title)}"></iframe></div>
<aside>
<header>
<h1 title="${escapeHtml(options.file)}">${escapeHtml(options.file)}</h1>
<a href="/plan.docx" download>${zh ? '下载 .docx' : 'Download .docx'}</a>
<a href="/plan.pdf" download>${zh ? '下载 PDF' : 'Download PDF'}</a>
<span id="status"></span>
</header>
<div id="problem" role="alert" hidden></div>
<h2>${zh ? '检查结果' : 'Findings'} (<span id="count">0</span>)</h2>
<ol id="findings"></ol>
</aside>
<script nonce="${options.nonce}">${PREVIEW_CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
