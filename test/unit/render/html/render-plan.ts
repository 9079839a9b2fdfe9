import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import { loadTemplate } from '../../../../src/template/load-template.js';

/** Renders Markdown through a built-in template to the whole HTML page. */
export async function renderPage(markdown: string, template = 'plan'): Promise<string> {
  const loaded = await loadTemplate(template, { cwd: process.cwd() });
  const view = buildViewModel(parsePlan(markdown, { file: 'test.md' }).document, loaded);
  return renderHtml(view, loaded);
}

/** The page without its <head>: what a snapshot of one construct should show. */
export function articleOf(html: string): string {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>');
  if (start < 0 || end < 0) throw new Error('no <article> in the page');
  return html.slice(start, end + '</article>'.length).replace(/\n{2,}/g, '\n');
}

export async function renderArticle(markdown: string, template = 'plan'): Promise<string> {
  return articleOf(await renderPage(markdown, template));
}
