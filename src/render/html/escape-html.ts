const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. The
 * same characters as Handlebars' own escaping, so text that reaches the page
 * through a helper is no less safe than text that reaches it through `{{…}}`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (character) => replacements[character] ?? character);
}
