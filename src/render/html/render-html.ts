import { PlanError } from '../../errors.js';
import type { LoadedTemplate } from '../../template/load-template.js';
import type { DocumentView } from '../view-model.js';
import { registerHtmlHelpers } from './html-helpers.js';
import { buildHtmlView, type HtmlPrintOptions } from './html-view.js';
import { pageStyle } from './page-style.js';
import { readStylesheet } from './read-stylesheet.js';

/** Each template's style.css, read once per process: a batch run renders many plans with one template. */
const stylesheets = new WeakMap<LoadedTemplate, string>();

function templateStylesheet(template: LoadedTemplate): string {
  let stylesheet = stylesheets.get(template);
  if (stylesheet === undefined) {
    stylesheet = readStylesheet(template.files);
    stylesheets.set(template, stylesheet);
  }
  return stylesheet;
}

/** The stylesheet is inlined in a <style> element; a `</style` inside it would end the element early. */
function inlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/**
 * Renders a plan's view model to one self-contained HTML page through the
 * template's `html/document.hbs`: the stylesheet inline, no scripts, nothing
 * to fetch. `options` are for a PDF print (see HtmlPrintOptions).
 */
export async function renderHtml(view: DocumentView, template: LoadedTemplate, options: HtmlPrintOptions = {}): Promise<string> {
  const page = template.html();
  if (page === null) {
    throw new PlanError({
      zh: `模板 ${template.name} 没有 HTML 页面（html/document.hbs），不能生成 HTML；请换用内置模板 plan 或 official，或从内置模板复制 html 文件夹`,
      en: `The template ${template.name} has no HTML page (html/document.hbs) and cannot make HTML; use the built-in plan or official template, or copy the html folder from one`,
    });
  }
  registerHtmlHelpers(template.htmlEnvironment);
  const css = pageStyle(template.manifest, view.pageNumber) + templateStylesheet(template);
  const style = new template.htmlEnvironment.SafeString(inlineStyle(css));
  return page.document(buildHtmlView(view, template.manifest, style, options));
}
