/**
 * Escapes plain text so that Markdown reads it back as the same characters
 * in one paragraph: inline syntax everywhere, block syntax at the start
 * (`1. ` would become a list, `# ` a heading, `> ` a quote, `---` a rule).
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/gu, (character) => `\\${character}`)
    .replace(/&(?=#?[a-z0-9]+;)/giu, '\\&');
}

/** Block syntax only, for text whose inline Markdown is meant (a .md input). */
export function escapeBlockStart(text: string): string {
  return text.replace(/^([0-9]{1,9})([.)])(?=[ \t]|$)/u, '$1\\$2').replace(/^([#+\-=>])/u, '\\$1');
}

export function escapeParagraph(text: string): string {
  return escapeBlockStart(escapeInline(text));
}
