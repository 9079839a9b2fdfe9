import { PAGINATE_CLIENT_SCRIPT } from './paginate-client.js';
import { READING_ANCHOR_CLIENT_SCRIPT } from './reading-anchor-client.js';
import { SHEET_SPEC_META } from './sheet-spec.js';

/** Below this width the frame is laid out at it and scaled down to fit, like a print preview's "fit to width": the template's narrow-screen styles would change the grid. */
const FRAME_MIN_WIDTH_PX = 880;

/**
 * The preview page's own script, sent inline with a nonce. It runs in the
 * preview's frame page, never in the plan's page: the plan's page keeps its
 * no-script policy, and this script swaps its body in place (same origin),
 * lays it out as printed sheets, and keeps the clerk on the text being read,
 * so nothing reloads.
 */
export const PREVIEW_CLIENT_SCRIPT = String.raw`
(() => {
  'use strict';
${PAGINATE_CLIENT_SCRIPT}
${READING_ANCHOR_CLIENT_SCRIPT}
  const desk = document.getElementById('desk');
  const frame = document.getElementById('plan');
  const list = document.getElementById('findings');
  const count = document.getElementById('count');
  const status = document.getElementById('status');
  const problem = document.getElementById('problem');
  const zh = document.documentElement.lang !== 'en';
  let shown = 0;
  let latest = null;
  let loading = Promise.resolve();

  const MARK_STYLE = '.plan-finding{outline:2px dashed #c60;outline-offset:2px;border-radius:2px}' +
    '.plan-finding-error{outline-color:#c00}.plan-finding-info{outline-color:#06c}' +
    '.plan-flash{animation:plan-flash 1.2s ease-out}@keyframes plan-flash{from{background:#fd6}to{background:transparent}}';

  function planDocument() {
    return frame.contentDocument;
  }

  /** Lays the plan's page out as sheets; what it took is left on the page for tests and the curious. */
  function paginate(doc) {
    try {
      const result = planSheets.paginate(doc);
      if (result) {
        document.body.dataset.sheets = String(result.sheets);
        document.body.dataset.paginateMs = result.ms.toFixed(1);
      }
    } catch (error) {
      // The page stays as the browser laid it out: one long page, still readable.
      status.textContent = (zh ? '无法分页：' : 'Could not lay out pages: ') + error.message;
    }
    frame.classList.remove('waiting');
  }

  function swap(html) {
    const current = planDocument();
    if (!current || !current.body) return;
    const started = performance.now();
    const next = new DOMParser().parseFromString(html, 'text/html');
    const anchor = planReading.anchorOf(current);
    for (const old of current.head.querySelectorAll('style, meta[name="${SHEET_SPEC_META}"]')) old.remove();
    for (const element of next.head.querySelectorAll('style, meta[name="${SHEET_SPEC_META}"]')) current.head.appendChild(current.importNode(element, true));
    current.title = next.title;
    current.body.replaceWith(current.importNode(next.body, true));
    paginate(current);
    planReading.restore(current, anchor);
    // Parse, swap, lay out in sheets and scroll back: all the page does on a save before it paints.
    document.body.dataset.swapMs = (performance.now() - started).toFixed(1);
  }

  /** A frame narrower than a sheet and its desk is laid out wider and scaled down, so the sheets keep their print layout. */
  function fit() {
    const width = desk.clientWidth;
    const scale = Math.min(1, width / ${FRAME_MIN_WIDTH_PX});
    frame.style.width = scale < 1 ? '${FRAME_MIN_WIDTH_PX}px' : '100%';
    frame.style.height = scale < 1 ? desk.clientHeight / scale + 'px' : '100%';
    frame.style.transform = scale < 1 ? 'scale(' + scale + ')' : '';
  }
  new ResizeObserver(fit).observe(desk);
  fit();

  function mark(findings) {
    const doc = planDocument();
    if (!doc || !doc.head) return;
    if (!doc.getElementById('plan-preview-marks')) {
      const style = doc.createElement('style');
      style.id = 'plan-preview-marks';
      style.textContent = MARK_STYLE;
      doc.head.appendChild(style);
    }
    for (const old of doc.querySelectorAll('.plan-finding')) {
      old.classList.remove('plan-finding', 'plan-finding-error', 'plan-finding-warning', 'plan-finding-info');
      old.removeAttribute('title');
    }
    for (const finding of findings) {
      const target = targetOf(finding);
      if (!target) continue;
      target.classList.add('plan-finding', 'plan-finding-' + finding.severity);
      const line = finding.ruleId + ': ' + finding.message;
      target.title = target.title ? target.title + '\n' + line : line;
    }
  }

  function targetOf(finding) {
    const doc = planDocument();
    if (!doc) return null;
    if (finding.anchor) return doc.getElementById(finding.anchor + '-heading') || doc.getElementById(finding.anchor);
    return doc.querySelector('.title, h1') || doc.body.firstElementChild;
  }

  function reveal(finding) {
    const target = targetOf(finding);
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.classList.remove('plan-flash');
    void target.offsetWidth;
    target.classList.add('plan-flash');
  }

  function panel(findings) {
    list.replaceChildren();
    for (const finding of findings) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'finding ' + finding.severity;
      const rule = document.createElement('strong');
      rule.textContent = finding.ruleId;
      const place = document.createElement('span');
      place.className = 'place';
      place.textContent = finding.line === null ? '' : finding.line + ':' + finding.column;
      const message = document.createElement('span');
      message.className = 'message';
      message.textContent = finding.message;
      button.append(rule, place, message);
      button.addEventListener('click', () => reveal(finding));
      item.append(button);
      list.append(item);
    }
    count.textContent = String(findings.length);
  }

  function apply(state) {
    latest = state;
    problem.hidden = state.error === null;
    problem.textContent = state.error === null ? '' : state.error;
    status.textContent = (zh ? '已更新 ' : 'Updated ') + new Date(state.time).toLocaleTimeString();
    status.dataset.version = String(state.version);
    panel(state.findings);
    if (state.version !== shown) {
      const version = state.version;
      loading = loading
        .then(() => fetch('/plan.html?v=' + version, { cache: 'no-store' }))
        .then((response) => response.text())
        .then((html) => {
          if (version < shown) return;
          swap(html);
          shown = version;
          document.body.dataset.shown = String(version);
          if (latest) mark(latest.findings);
        })
        .catch(() => undefined);
    } else {
      mark(state.findings);
    }
  }

  frame.addEventListener('load', () => {
    const doc = planDocument();
    if (doc && !doc.querySelector('.plan-desk')) paginate(doc);
    if (latest) mark(latest.findings);
  });
  const events = new EventSource('/events');
  events.addEventListener('state', (event) => apply(JSON.parse(event.data)));
  events.addEventListener('error', () => {
    status.textContent = zh ? '与 plan preview 的连接已断开' : 'Disconnected from plan preview';
  });
})();
`;
