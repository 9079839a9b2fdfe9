import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { PlanError } from '../errors.js';

export interface ExpandOptions {
  cwd: string;
  /** File endings a folder is searched for, without dots. */
  extensions: readonly string[];
  /** What a folder holds when it has none: used in the message. */
  what?: { zh: string; en: string };
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Turns the FILES arguments of a command (files, folders, globs) into a
 * sorted list of files without duplicates. A missing file, or a folder or
 * glob that yields nothing, is an error naming the argument.
 */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions): Promise<string[]> {
  const what = options.what ?? { zh: '计划文件（.md）', en: 'plan files (.md)' };
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string): void => {
    const absolute = resolve(options.cwd, file);
    if (!seen.has(absolute)) {
      seen.add(absolute);
      files.push(absolute);
    }
  };
  const pattern = options.extensions.length === 1 ? `**/*.${options.extensions[0]}` : `**/*.{${options.extensions.join(',')}}`;
  for (const input of inputs) {
    const info = await stat(resolve(options.cwd, input)).catch(() => null);
    if (info?.isDirectory()) {
      const found = await glob(pattern, { cwd: resolve(options.cwd, input), ignore: IGNORED, absolute: true, caseSensitiveMatch: false });
      if (found.length === 0) {
        throw new PlanError({ zh: `文件夹 ${input} 中没有${what.zh}`, en: `The folder ${input} holds no ${what.en}` }, { place: { file: input } });
      }
      found.sort().forEach(add);
    } else if (info) {
      add(input);
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd: options.cwd, ignore: IGNORED, absolute: true });
      if (found.length === 0) {
        throw new PlanError({ zh: `没有文件与 ${input} 匹配`, en: `No file matches ${input}` }, { place: { file: input } });
      }
      found.sort().forEach(add);
    } else {
      throw new PlanError(
        { zh: `找不到文件 ${input}：请检查路径和文件名`, en: `File not found: ${input}. Check the path and the file name` },
        { place: { file: input } },
      );
    }
  }
  return files;
}
