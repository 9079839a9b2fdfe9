export interface CompileOptions {
  /** Text pieces are plain text (the renderer escapes); the HTML page escapes. */
  escape: boolean;
}

/** Handlebars' own options for a template file: the one place they are set, for compiling at run time and precompiling ahead. */
export function handlebarsOptions(options: CompileOptions): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: !options.escape };
}
