import { opendir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { PlanError } from '../errors.js';
import type { Text } from '../i18n/text.js';
import type { BatchFile } from './task.js';

export interface StreamInputsOptions {
  cwd: string;
  /** File endings a folder is searched for, without dots, lower case. */
  extensions: readonly string[];
  what?: Text;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Yields the files of the FILES arguments (files, folders, globs) one by one,
 * in a sorted order that is the same on every machine. A folder is walked
 * lazily, one directory listing at a time, so an archive of any size never
 * sits in memory; only the paths already given out are remembered, to drop
 * duplicates. Mistakes in the arguments are errors naming the argument.
 */
export async function* streamInputs(inputs: readonly string[], options: StreamInputsOptions): AsyncGenerator<BatchFile> {
  const what = options.what ?? { zh: '计划文件（.md）', en: 'plan files (.md)' };
  const seen = new Set<string>();
  const fresh = (path: string): boolean => {
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  };
  const shown = (path: string): string => relative(options.cwd, path) || path;

  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      let found = 0;
      for await (const path of walkFolder(absolute, options.extensions)) {
        found += 1;
        if (fresh(path)) yield { path, shown: shown(path), relative: relative(absolute, path) };
      }
      if (found === 0) {
        throw new PlanError({ zh: `文件夹 ${input} 中没有${what.zh}`, en: `The folder ${input} holds no ${what.en}` }, { place: { file: input } });
      }
    } else if (info) {
      if (fresh(absolute)) yield { path: absolute, shown: shown(absolute), relative: basename(absolute), named: true };
    } else if (isDynamicPattern(input)) {
      const base = resolve(options.cwd, staticBase(input));
      const found = await glob(input, { cwd: options.cwd, ignore: ['**/node_modules/**', '**/.git/**'], absolute: true });
      if (found.length === 0) {
        throw new PlanError({ zh: `没有文件与 ${input} 匹配`, en: `No file matches ${input}` }, { place: { file: input } });
      }
      for (const path of found.sort()) {
        if (fresh(path)) yield { path, shown: shown(path), relative: relative(base, path) };
      }
    } else {
      throw new PlanError(
        { zh: `找不到文件 ${input}：请检查路径和文件名`, en: `File not found: ${input}. Check the path and the file name` },
        { place: { file: input } },
      );
    }
  }
}

/** Files under `folder` with one of `extensions`, depth first, each listing sorted by name. */
async function* walkFolder(folder: string, extensions: readonly string[]): AsyncGenerator<string> {
  const files: string[] = [];
  const folders: string[] = [];
  const directory = await opendir(folder);
  for await (const entry of directory) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(entry.name);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const dot = entry.name.lastIndexOf('.');
      if (dot > 0 && extensions.includes(entry.name.slice(dot + 1).toLowerCase())) files.push(entry.name);
    }
  }
  files.sort();
  folders.sort();
  for (const name of files) yield join(folder, name);
  for (const name of folders) yield* walkFolder(join(folder, name), extensions);
}

/** The leading path segments of a glob before the first one with a wildcard: what `--out-dir` mirrors from. */
export function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return isAbsolute(pattern) ? '/' : '.';
  return fixed.join('/') || '/';
}

/** Counts what `streamInputs` would yield without keeping it: the progress bar's total. */
export async function countInputs(inputs: readonly string[], options: StreamInputsOptions): Promise<number> {
  let count = 0;
  for await (const _file of streamInputs(inputs, options)) count += 1;
  return count;
}
