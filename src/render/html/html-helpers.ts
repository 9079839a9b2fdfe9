import type { HandlebarsEnvironment } from '../../template/handlebars-environment.js';
import type { ViewRun } from '../view-model.js';
import { runsHtml } from './inline-html.js';

const registered = new WeakSet<HandlebarsEnvironment>();

/**
 * The helpers an HTML template may call: `{{inline runs}}` writes runs of
 * plan text as escaped HTML, `(is a b)` compares two values for
 * `{{#if}}`. They are registered on the template's own environment only.
 */
export function registerHtmlHelpers(environment: HandlebarsEnvironment): void {
  if (registered.has(environment)) return;
  registered.add(environment);
  environment.registerHelper('inline', (runs: unknown) => {
    if (!Array.isArray(runs)) return '';
    return new environment.SafeString(runsHtml(runs as ViewRun[]));
  });
  environment.registerHelper('is', (left: unknown, right: unknown) => left === right);
}
