import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `templates/` at the package root: two levels up from both `src/template/` and `dist/template/`. */
export const BUILTIN_TEMPLATES_FOLDER = fileURLToPath(new URL('../../templates/', import.meta.url));

export const DEFAULT_TEMPLATE = 'plan';

let names: readonly string[] | undefined;

/**
 * The built-in template names, from the folders present (no hand-kept list
 * to drift). Read once per process: the package's own folder does not change
 * while it runs, and a batch asks for every plan.
 */
export function builtinTemplateNames(): string[] {
  names ??= readdirSync(BUILTIN_TEMPLATES_FOLDER)
    .filter((name) => statSync(join(BUILTIN_TEMPLATES_FOLDER, name)).isDirectory())
    .sort();
  return [...names];
}

export function builtinTemplateFolder(name: string): string | null {
  return builtinTemplateNames().includes(name) ? join(BUILTIN_TEMPLATES_FOLDER, name) : null;
}
