import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PlanError } from '../errors.js';
import { builtinTemplateFolder, builtinTemplateNames } from './builtin-templates.js';
import {
  compileTemplateFile,
  createHandlebarsEnvironment,
  templateSyntaxError,
  type CompiledTemplate,
  type HandlebarsEnvironment,
} from './handlebars-environment.js';
import type { PieceName, TemplateManifest } from './manifest-types.js';
import { PIECE_NAMES } from './manifest-types.js';
import { MANIFEST_FILE, readManifest } from './read-manifest.js';

export interface LoadedTemplate {
  /** The name given (`plan`, `official`) or the folder's path for a user template. */
  name: string;
  /** Real path of the template folder. */
  folder: string;
  builtin: boolean;
  manifest: TemplateManifest;
  /** The shared text pieces, compiled (plain text out; the renderer escapes). */
  pieces: Record<PieceName, CompiledTemplate>;
  /**
   * The HTML page (`html/document.hbs`, escaping on) with the partials of
   * `html/partials/` registered in `htmlEnvironment`; null when the template
   * has no `html/` folder.
   */
  html: { document: CompiledTemplate; file: string } | null;
  htmlEnvironment: HandlebarsEnvironment;
}

export interface LoadTemplateOptions {
  /** Folder that relative template paths are resolved from. */
  cwd: string;
}

const cache = new Map<string, Promise<LoadedTemplate>>();

/**
 * Loads a built-in template by name or a template folder by path, once per
 * process per folder. An argument with a slash, a leading dot or an absolute
 * path is a folder; a bare word is a built-in name, else a folder of that
 * name in `cwd`.
 */
export async function loadTemplate(nameOrPath: string, options: LoadTemplateOptions): Promise<LoadedTemplate> {
  const { folder, builtin } = await resolveTemplateFolder(nameOrPath, options.cwd);
  const real = await realpath(folder);
  let loading = cache.get(real);
  if (!loading) {
    loading = readTemplate(nameOrPath, real, builtin);
    cache.set(real, loading);
    // A failed load is not cached: the clerk fixes the file and runs again in the same process (watch mode, tests).
    loading.catch(() => cache.delete(real));
  }
  return loading;
}

function looksLikePath(value: string): boolean {
  return isAbsolute(value) || value.includes('/') || value.includes(sep) || value.startsWith('.');
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function resolveTemplateFolder(nameOrPath: string, cwd: string): Promise<{ folder: string; builtin: boolean }> {
  if (!looksLikePath(nameOrPath)) {
    const builtin = builtinTemplateFolder(nameOrPath);
    if (builtin) return { folder: builtin, builtin: true };
  }
  const folder = resolve(cwd, nameOrPath);
  if (await isFolder(folder)) return { folder, builtin: false };
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

async function readTemplate(name: string, folder: string, builtin: boolean): Promise<LoadedTemplate> {
  const show = (path: string): string => shownPath(path, builtin, folder, name);
  const manifest = await readManifest(join(folder, MANIFEST_FILE), show(join(folder, MANIFEST_FILE)));

  const piecesEnvironment = createHandlebarsEnvironment();
  await registerPartials(piecesEnvironment, folder, join(folder, 'pieces', 'partials'), show);
  const pieces = {} as Record<PieceName, CompiledTemplate>;
  for (const piece of PIECE_NAMES) {
    const file = join(folder, 'pieces', `${piece}.hbs`);
    const source = await readTemplateText(folder, file, show);
    pieces[piece] = compileTemplateFile(piecesEnvironment, source, show(file), { escape: false });
  }

  const htmlEnvironment = createHandlebarsEnvironment();
  let html: LoadedTemplate['html'] = null;
  const htmlFile = join(folder, 'html', 'document.hbs');
  if ((await stat(htmlFile).catch(() => null))?.isFile()) {
    await registerPartials(htmlEnvironment, folder, join(folder, 'html', 'partials'), show);
    const source = await readTemplateText(folder, htmlFile, show);
    html = { document: compileTemplateFile(htmlEnvironment, source, show(htmlFile), { escape: true }), file: htmlFile };
  }
  return { name, folder, builtin, manifest, pieces, html, htmlEnvironment };
}

/**
 * Reads a file of the template, refusing one that leaves the template folder
 * through a symbolic link: a template copied from elsewhere must not read
 * arbitrary files into a document.
 */
async function readTemplateText(folder: string, file: string, show: (path: string) => string): Promise<string> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    throw new PlanError(
      {
        zh: `模板缺少文件 ${show(file)}：请从内置模板复制该文件（plan template init）`,
        en: `The template lacks the file ${show(file)}: copy it from a built-in template (plan template init)`,
      },
      { place: { file: show(file) }, cause: error },
    );
  }
  if (relative(folder, real).startsWith('..') || isAbsolute(relative(folder, real))) {
    throw new PlanError(
      {
        zh: `模板文件 ${show(file)} 指向模板文件夹之外（${real}）；模板只能使用自己文件夹中的文件`,
        en: `The template file ${show(file)} points outside the template folder (${real}); a template may use only files in its own folder`,
      },
      { place: { file: show(file) } },
    );
  }
  return readFile(real, 'utf8');
}

async function registerPartials(
  environment: HandlebarsEnvironment,
  folder: string,
  partialsFolder: string,
  show: (path: string) => string,
): Promise<void> {
  const names = await readdir(partialsFolder).catch(() => [] as string[]);
  for (const entry of names.filter((name) => name.endsWith('.hbs')).sort()) {
    const file = join(partialsFolder, entry);
    const source = await readTemplateText(folder, file, show);
    try {
      environment.parse(source);
    } catch (error) {
      throw templateSyntaxError(show(file), error);
    }
    environment.registerPartial(entry.slice(0, -'.hbs'.length), source);
  }
}

/** Forgets loaded templates; for tests that rewrite a template folder. */
export function clearTemplateCache(): void {
  cache.clear();
}
