import type { CompileOptions } from './handlebars-environment.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.generated.js';

/** Handlebars' precompiled form of a template: what `Handlebars.precompile` writes and `environment.template` takes. */
export type TemplateSpec = Parameters<typeof import('handlebars').template>[0];

/**
 * The key of a template file's text under its options. The text itself, not
 * its path: an unchanged copy of a built-in file (`plan template init`)
 * finds its precompiled form too, and an edited file never finds a stale one.
 */
export function precompiledKey(source: string, options: CompileOptions): string {
  return `${options.escape ? 'html' : 'text'}\n${source}`;
}

/**
 * The precompiled form of a built-in template file with this text, if any.
 * Compiling the built-in HTML page and its partials took a single HTML
 * build some 30 ms, Handlebars' compiler running once and cold; the
 * precompiled functions come with the CLI bundle and its code cache.
 */
export function precompiledSpec(source: string, options: CompileOptions): TemplateSpec | undefined {
  return PRECOMPILED_TEMPLATES.get(precompiledKey(source, options)) as TemplateSpec | undefined;
}
