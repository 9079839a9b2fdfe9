import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PlanError } from '../errors.js';
import { builtinTemplateFolder, builtinTemplateNames } from './builtin-templates.js';
import {
  compileHandlebarsFile,
  compileTemplateFile,
  createHandlebarsEnvironment,
  type CompiledTemplate,
  type HandlebarsEnvironment,
} from './handlebars-environment.js';
import { PAGE, PAGE_PARTIALS, PIECE_PARTIALS, PIECES, type HandlebarsFolder } from './compile-options.js';
import type { PieceName, TemplateManifest } from './manifest-types.js';
import { PIECE_NAMES } from './manifest-types.js';
import { MANIFEST_FILE } from './parse-manifest.js';
import { badBase, readManifest } from './read-manifest.js';
import { TemplateFiles, type TemplateLayer } from './template-files.js';

export interface LoadedTemplate {
  /** The name given (`plan`, `official`) or the folder's path for a user template. */
  name: string;
  /** Real path of the template folder. */
  folder: string;
  builtin: boolean;
  manifest: TemplateManifest;
  /** The template's files, through the built-in templates it extends. */
  files: TemplateFiles;
  /** The shared text pieces, compiled (plain text out; the renderer escapes). */
  pieces: Record<PieceName, CompiledTemplate>;
  /**
   * The HTML page (`html/document.hbs`, escaping on) with the partials of
   * `html/partials/` registered in `htmlEnvironment`; null when the template
   * has no `html/` folder. Compiled on the first call, so that a run making
   * only .docx files does not parse the page and its partials (a tenth of a
   * single build's time); a syntax error in them then stops only HTML.
   */
  html: () => HtmlPage | null;
  htmlEnvironment: HandlebarsEnvironment;
}

export interface HtmlPage {
  document: CompiledTemplate;
  file: string;
}

export interface LoadTemplateOptions {
  /** Folder that relative template paths are resolved from. */
  cwd: string;
}

const cache = new Map<string, LoadedTemplate>();

/**
 * Loads a built-in template by name or a template folder by path, once per
 * process per folder. An argument with a slash, a leading dot or an absolute
 * path is a folder; a bare word is a built-in name, else a folder of that
 * name in `cwd`.
 */
export async function loadTemplate(nameOrPath: string, options: LoadTemplateOptions): Promise<LoadedTemplate> {
  const { folder, builtin } = await resolveTemplateFolder(nameOrPath, options.cwd);
  // Asked once per plan in a batch, so synchronous (see read-plan-file.ts), and by the system's own call (see build.ts realPath).
  const real = realpathSync.native(folder);
  let loaded = cache.get(real);
  if (!loaded) {
    // A failed load throws before it is cached: the clerk fixes the file and runs again in the same process (watch mode, tests).
    loaded = readTemplate(nameOrPath, real, builtin);
    cache.set(real, loaded);
  }
  return loaded;
}

function looksLikePath(value: string): boolean {
  return isAbsolute(value) || value.includes('/') || value.includes(sep) || value.startsWith('.');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function resolveTemplateFolder(nameOrPath: string, cwd: string): Promise<{ folder: string; builtin: boolean }> {
  if (!looksLikePath(nameOrPath)) {
    const builtin = builtinTemplateFolder(nameOrPath);
    if (builtin) return { folder: builtin, builtin: true };
  }
  const folder = resolve(cwd, nameOrPath);
  if (isFolder(folder)) return { folder, builtin: false };
  const names = builtinTemplateNames().join(', ');
  throw new PlanError(
    {
      zh: `找不到模板“${nameOrPath}”：内置模板有 ${names}；也可以给出模板文件夹的路径（用 plan template init 复制一个内置模板来修改）`,
      en: `Unknown template "${nameOrPath}": the built-in templates are ${names}; or give the path of a template folder (plan template init copies a built-in one to change)`,
    },
    { place: { file: nameOrPath } },
  );
}

function shownPath(path: string, builtin: boolean, folder: string, name: string): string {
  return builtin ? `${name}/${relative(folder, path)}` : path;
}

function readTemplate(name: string, folder: string, builtin: boolean): LoadedTemplate {
  const show = (path: string): string => shownPath(path, builtin, folder, name);
  const manifestFile = join(folder, MANIFEST_FILE);
  const manifest = readManifest(manifestFile, show(manifestFile), builtin ? [name] : []);
  const files = new TemplateFiles([{ folder, show }, ...baseLayers(manifest, show(manifestFile), builtin ? [name] : [])]);

  const piecesEnvironment = createHandlebarsEnvironment();
  registerPartials(piecesEnvironment, files, PIECE_PARTIALS);
  const pieces = {} as Record<PieceName, CompiledTemplate>;
  for (const piece of PIECE_NAMES) {
    const file = join(PIECES.folder, `${piece}.hbs`);
    pieces[piece] = compileTemplateFile(piecesEnvironment, files.read(file), files.shown(file), PIECES.options);
  }

  const htmlEnvironment = createHandlebarsEnvironment();
  let page: HtmlPage | null | undefined;
  const html = (): HtmlPage | null => {
    // A failed compile is not kept: the clerk fixes the file and runs again in the same process (watch mode, tests).
    page ??= compileHtmlPage(htmlEnvironment, files);
    return page;
  };
  return { name, folder, builtin, manifest, files, pieces, html, htmlEnvironment };
}

function compileHtmlPage(environment: HandlebarsEnvironment, files: TemplateFiles): HtmlPage | null {
  const htmlFile = join(PAGE.folder, 'document.hbs');
  const found = files.find(htmlFile);
  if (!found) return null;
  registerPartials(environment, files, PAGE_PARTIALS);
  return { document: compileTemplateFile(environment, files.read(htmlFile), files.shown(htmlFile), PAGE.options), file: found.file };
}

/**
 * The layers a manifest's `extends` brings: the named built-in template,
 * then whatever that one extends. Only built-in templates can be extended,
 * so no template reads another folder of the clerk's disk. readManifest
 * has followed the same chain to merge the manifests, and refused a base
 * that is not built in or that comes round again.
 */
function baseLayers(manifest: TemplateManifest, manifestShown: string, seen: readonly string[]): TemplateLayer[] {
  const base = manifest.extends;
  if (base === undefined) return [];
  const folder = builtinTemplateFolder(base);
  if (folder === null || seen.includes(base)) throw badBase(base, folder === null, manifestShown, seen);
  const show = (path: string): string => `${base}/${relative(folder, path)}`;
  const baseManifest = readManifest(join(folder, MANIFEST_FILE), show(join(folder, MANIFEST_FILE)), [...seen, base]);
  return [{ folder, show }, ...baseLayers(baseManifest, show(join(folder, MANIFEST_FILE)), [...seen, base])];
}

function registerPartials(environment: HandlebarsEnvironment, files: TemplateFiles, partials: HandlebarsFolder): void {
  for (const entry of files.list(partials.folder, '.hbs')) {
    const file = join(partials.folder, entry);
    environment.registerPartial(entry.slice(0, -'.hbs'.length), compileHandlebarsFile(environment, files.read(file), files.shown(file), partials.options));
  }
}

/** Forgets loaded templates; for tests that rewrite a template folder. */
export function clearTemplateCache(): void {
  cache.clear();
}
