import { join } from 'node:path';
import type { TemplateFiles } from '../../template/template-files.js';

export const STYLESHEET_FILE = join('html', 'style.css');

/**
 * Reads the template's `html/style.css`, from the template or the built-in
 * one it extends; like every template file it must lie inside its folder.
 */
export function readStylesheet(files: TemplateFiles): string {
  const shown = files.shown(STYLESHEET_FILE);
  return files.read(STYLESHEET_FILE, {
    zh: `模板缺少文件 ${shown}：HTML 输出需要它。请从内置模板复制该文件（plan template init）`,
    en: `The template lacks the file ${shown}, which HTML output needs. Copy it from a built-in template (plan template init)`,
  });
}
