import { join } from 'node:path';

export interface CompileOptions {
  /** Text pieces are plain text (the renderer escapes); the HTML page escapes. */
  escape: boolean;
}

/** Handlebars' own options for a template file: the one place they are set, for compiling at run time and precompiling ahead. */
export function handlebarsOptions(options: CompileOptions): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: !options.escape };
}

/** A folder of a template that holds Handlebars files, and how they compile. */
export interface HandlebarsFolder {
  folder: string;
  options: CompileOptions;
}

/** The HTML page, `document.hbs`, and the partials it calls: they escape. */
export const PAGE: HandlebarsFolder = { folder: 'html', options: { escape: true } };
export const PAGE_PARTIALS: HandlebarsFolder = { folder: join('html', 'partials'), options: { escape: true } };
/** The text pieces both renderers share, and their partials: plain text, which each renderer escapes. */
export const PIECES: HandlebarsFolder = { folder: 'pieces', options: { escape: false } };
export const PIECE_PARTIALS: HandlebarsFolder = { folder: join('pieces', 'partials'), options: { escape: false } };

/** Every folder a template's Handlebars files are compiled from (load-template.ts), and so precompiled from (precompile-builtins.ts). */
export const HANDLEBARS_FOLDERS: readonly HandlebarsFolder[] = [PAGE, PAGE_PARTIALS, PIECES, PIECE_PARTIALS];
