/**
 * Escapes plain text so that Markdown reads it back as the same characters
 * in one paragraph: inline syntax everywhere, block syntax at the start
 * (`1. ` would become a list, `# ` a heading, `> ` a quote, `---` a rule).
 * A single line never forms a table, so `|` needs no escape.
 *
 * Bare URLs are autolink literals to GFM's tokenizer, which would take any
 * backslash after them into the URL; `http\://` and `www\.` are not URLs to
 * it, so the rest of the line is escaped the ordinary way and reads back
 * exactly (GFM may still link the URL afterwards, keeping its text).
 */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]~]/gu, (character) => `\\${character}`)
      // `<` opens a tag, a comment or an autolink only before a letter, `/`, `!` or `?`.
      .replace(/<(?=[A-Za-z/!?])/gu, '\\<')
      .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&')
      .replace(/(?<=(?<![a-z0-9])(?:https?|ftp|mailto)):/giu, '\\:')
      .replace(/(?<=(?<![a-z0-9])www)\./giu, '\\.')
      .replace(/@(?=[a-z0-9-]+\.[a-z])/giu, '\\@')
  );
}

/** Block syntax only, for text whose inline Markdown is meant (a .md input). */
export function escapeBlockStart(text: string): string {
  return text.replace(/^([0-9]{1,9})([.)])(?=[ \t]|$)/u, '$1\\$2').replace(/^([#+\-=>])/u, '\\$1');
}

export function escapeParagraph(text: string): string {
  return escapeBlockStart(escapeInline(text));
}
