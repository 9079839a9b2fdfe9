import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { PlanError } from '../../errors.js';

export const STYLESHEET_FILE = join('html', 'style.css');

/**
 * Reads the template's `html/style.css`. Like every template file, it must
 * lie inside the template folder once symbolic links are followed, so that
 * a template copied from elsewhere cannot pull other files into a page.
 */
export async function readStylesheet(folder: string, shownFolder: string): Promise<string> {
  const file = join(folder, STYLESHEET_FILE);
  const shown = join(shownFolder, STYLESHEET_FILE);
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    throw new PlanError(
      {
        zh: `模板缺少文件 ${shown}：HTML 输出需要它。请从内置模板复制该文件（plan template init）`,
        en: `The template lacks the file ${shown}, which HTML output needs. Copy it from a built-in template (plan template init)`,
      },
      { place: { file: shown }, cause: error },
    );
  }
  const inside = relative(await realpath(folder), real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new PlanError(
      {
        zh: `模板文件 ${shown} 指向模板文件夹之外（${real}）；模板只能使用自己文件夹中的文件`,
        en: `The template file ${shown} points outside the template folder (${real}); a template may use only files in its own folder`,
      },
      { place: { file: shown } },
    );
  }
  return readFile(real, 'utf8');
}
