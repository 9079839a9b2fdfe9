import type { ViewRun, ViewText } from '../view-model.js';
import { escapeHtml } from './escape-html.js';
import { safeLinkHref } from '../view/safe-link.js';

/**
 * Runs of text as HTML. Every piece of text is escaped here, so raw HTML a
 * clerk typed into a plan shows as the characters typed. A link whose URL
 * could run code (`javascript:`, `data:`, `vbscript:` …) loses its href and
 * keeps its text; consecutive runs of one link share one `<a>`.
 */
export function runsHtml(runs: readonly ViewRun[]): string {
  let html = '';
  let index = 0;
  while (index < runs.length) {
    const run = runs[index] as ViewRun;
    if (run.type === 'break') {
      html += '<br>';
      index += 1;
      continue;
    }
    if (run.link === null) {
      html += formattedText(run);
      index += 1;
      continue;
    }
    let content = '';
    const link = run.link;
    while (index < runs.length) {
      const next = runs[index] as ViewRun;
      if (next.type !== 'text' || next.link !== link) break;
      content += formattedText(next);
      index += 1;
    }
    const href = safeLinkHref(link);
    html += href === null ? `<span class="unsafe-link" title="${escapeHtml(link)}">${content}</span>` : `<a href="${escapeHtml(href)}">${content}</a>`;
  }
  return html;
}

function formattedText(run: ViewText): string {
  let html = escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.strike) html = `<del>${html}</del>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** The plain text of runs, for the page title and the table of contents. */
export function runsText(runs: readonly ViewRun[]): string {
  return runs.map((run) => (run.type === 'text' ? run.text : ' ')).join('');
}
