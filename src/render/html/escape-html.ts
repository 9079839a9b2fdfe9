import Handlebars from 'handlebars';

/**
 * Escapes text for HTML element content and quoted attribute values with
 * Handlebars' own escaping, so text that reaches the page through a helper
 * is exactly as safe as text that reaches it through `{{…}}`.
 */
export function escapeHtml(text: string): string {
  return Handlebars.Utils.escapeExpression(text);
}
