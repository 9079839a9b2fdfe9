import type { CompileOptions } from './compile-options.js';
import { PARSED_MANIFESTS, PRECOMPILED_HTML, PRECOMPILED_TEXT } from './precompiled-templates.generated.js';

/** Handlebars' precompiled form of a template: what `Handlebars.precompile` writes and `environment.template` takes. */
export type TemplateSpec = Parameters<typeof import('handlebars').template>[0];

/*
 * The built-in templates' files come ready for use with the CLI bundle and
 * its code cache (see precompile-builtins.ts). A single build would
 * otherwise run Handlebars' compiler and the YAML parser once, cold, on
 * files that never change. Files are looked up
 * by their text: an unchanged copy from `plan template init` is found too,
 * and an edited file never runs stale code.
 */

/** The precompiled form of a built-in Handlebars file with this text, under these options, if any. */
export function precompiledSpec(source: string, options: CompileOptions): TemplateSpec | undefined {
  return (options.escape ? PRECOMPILED_HTML : PRECOMPILED_TEXT).get(source) as TemplateSpec | undefined;
}

/** A built-in manifest with this text, parsed (a fresh copy each time), if any. */
export function parsedBuiltinManifest(text: string): unknown {
  const json = PARSED_MANIFESTS.get(text);
  return json === undefined ? undefined : JSON.parse(json);
}
