/**
 * Schemes a link in a published plan may use; anything else is shown as
 * text, not linked, in the .docx and the HTML alike.
 */
const linkSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The href to write for a Markdown link, or null when the link must be shown
 * as text only. The URL is parsed the way a browser parses it (tabs, newlines
 * and leading control characters removed), so `java\tscript:` and
 * ` javascript:` are caught as well as `javascript:`. Relative links and
 * fragments are kept: they cannot run code.
 */
export function safeLinkHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'relative:/');
  } catch {
    return null;
  }
  if (parsed.protocol === 'relative:') return url.replace(/[\t\n\r]/g, '').trim();
  return linkSchemes.has(parsed.protocol) ? parsed.href : null;
}
