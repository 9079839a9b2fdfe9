import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { displayWidth } from '../../i18n/display-width.js';
import { nodeCrypto } from '../../io/node-modules-on-demand.js';
import type { Lang } from '../../i18n/text.js';
import { builtinTemplateFolder, builtinTemplateNames, DEFAULT_TEMPLATE } from '../../template/builtin-templates.js';
import { loadTemplate } from '../../template/load-template.js';
import { MANIFEST_FILE } from '../../template/parse-manifest.js';
import { readManifest } from '../../template/read-manifest.js';

export interface TemplateInitOptions {
  /** The new template's folder, relative to the working folder. */
  name: string;
  /** The built-in template to copy. */
  from?: string | undefined;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

/**
 * Gives the copied manifest the new template's name, keeping the comments
 * that explain each key. The copy holds every file of the built-in templates
 * it was made from, so it stands alone: `extends` goes.
 */
async function renameManifest(folder: string, name: string): Promise<void> {
  const file = join(folder, MANIFEST_FILE);
  const document = parseDocument(await readFile(file, 'utf8'));
  document.set('name', name);
  document.delete('extends');
  await writeFile(file, String(document));
}

/**
 * `plan template init NAME [--from plan|official]`: copies a built-in
 * template into a new folder for a clerk to change. The copy is made in a
 * temporary folder and renamed into place, so an interrupted run leaves no
 * half-copied template; an existing folder is never touched.
 */
export async function templateInit(options: TemplateInitOptions, context: CommandContext): Promise<number> {
  const from = options.from ?? DEFAULT_TEMPLATE;
  const source = builtinTemplateFolder(from);
  if (source === null) {
    const names = builtinTemplateNames().join(', ');
    throw new PlanError({
      zh: `没有名为“${from}”的内置模板；--from 可用：${names}`,
      en: `There is no built-in template "${from}"; --from accepts: ${names}`,
    });
  }
  const target = resolve(context.cwd, options.name);
  const shown = relative(context.cwd, target) || '.';
  if (options.name.trim() === '' || target === resolve(context.cwd)) {
    throw new PlanError({
      zh: '请给新模板起一个文件夹名，例如 plan template init 我的模板',
      en: 'Give the new template a folder name, e.g. plan template init my-template',
    });
  }
  if (await exists(target)) {
    throw new PlanError(
      {
        zh: `${shown} 已经存在，没有覆盖它。请换一个名字，或先删除该文件夹`,
        en: `${shown} already exists and was left as it is. Choose another name or delete that folder first`,
      },
      { place: { file: shown } },
    );
  }
  const temporary = join(dirname(target), `.${basename(target)}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    // The deepest base first, so that each template's own files replace what it inherits.
    const { files } = await loadTemplate(from, { cwd: context.cwd });
    for (const layer of [...files.layers].reverse()) await cp(layer.folder, temporary, { recursive: true, force: true });
    await renameManifest(temporary, basename(target));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? { zh: '没有写入权限', en: 'no permission to write there' }
        : { zh: String((error as Error).message), en: String((error as Error).message) };
    throw new PlanError(
      { zh: `无法创建模板 ${shown}：${reason.zh}`, en: `Cannot create the template ${shown}: ${reason.en}` },
      { place: { file: shown }, cause: error },
    );
  }
  const buildPath = shown.startsWith('.') ? shown : `./${shown}`;
  context.stdout(
    context.lang === 'zh'
      ? `已创建模板 ${shown}（复制自内置模板 ${from}）。\n` +
          `  ${join(shown, MANIFEST_FILE)}：纸张、页边距、字体、字号、颜色、打印哪些部分\n` +
          `  ${join(shown, 'pieces')}/：发文机关标志、发文字号、署名、日期、版记、页码格式等文字\n` +
          `  ${join(shown, 'html')}/：HTML 页面和样式\n` +
          `使用：plan build --template ${buildPath} 计划.md\n`
      : `Created the template ${shown} (a copy of the built-in ${from}).\n` +
          `  ${join(shown, MANIFEST_FILE)}: paper, margins, fonts, sizes, colours, which blocks print\n` +
          `  ${join(shown, 'pieces')}/: texts such as the issuer mark, document number, signature, date, imprint, page-number format\n` +
          `  ${join(shown, 'html')}/: the HTML page and its stylesheet\n` +
          `Use it: plan build --template ${buildPath} plan.md\n`,
  );
  return ExitCode.ok;
}

interface TemplateEntry {
  name: string;
  origin: 'builtin' | 'folder';
  description: string;
}

/** A template folder's description, or what is wrong with its manifest. */
function manifestDescription(file: string, shown: string, lang: Lang): string {
  try {
    return readManifest(file, shown).description[lang];
  } catch (error) {
    return error instanceof PlanError ? error.text[lang] : String(error);
  }
}

async function folderTemplates(cwd: string, lang: Lang): Promise<TemplateEntry[]> {
  const entries = await readdir(cwd, { withFileTypes: true }).catch(() => []);
  const found: TemplateEntry[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const manifestFile = join(cwd, entry.name, MANIFEST_FILE);
    if (!(await exists(manifestFile))) continue;
    const description = manifestDescription(manifestFile, join(entry.name, MANIFEST_FILE), lang);
    found.push({ name: `./${entry.name}`, origin: 'folder', description });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * `plan template list`: the built-in templates and the template folders in
 * the working folder (any sub-folder holding a template.yaml), each with its
 * description; a broken manifest is listed with what is wrong with it.
 */
export async function templateList(context: CommandContext): Promise<number> {
  const builtins: TemplateEntry[] = [];
  for (const name of builtinTemplateNames()) {
    const manifest = readManifest(join(builtinTemplateFolder(name) as string, MANIFEST_FILE), `${name}/${MANIFEST_FILE}`);
    builtins.push({ name, origin: 'builtin', description: manifest.description[context.lang] });
  }
  const folders = await folderTemplates(context.cwd, context.lang);
  const all = [...builtins, ...folders];
  const width = Math.max(...all.map((entry) => displayWidth(entry.name)));
  const pad = (name: string): string => name + ' '.repeat(width - displayWidth(name));
  const zh = context.lang === 'zh';
  let text = zh ? '内置模板（--template 名称）：\n' : 'Built-in templates (--template NAME):\n';
  for (const entry of builtins) text += `  ${pad(entry.name)}  ${entry.description}\n`;
  if (folders.length > 0) {
    text += zh ? '\n当前文件夹中的模板（--template 路径）：\n' : '\nTemplates in this folder (--template PATH):\n';
    for (const entry of folders) text += `  ${pad(entry.name)}  ${entry.description}\n`;
  }
  text += zh ? '\n复制一个来修改：plan template init 名称 --from plan|official\n' : '\nCopy one to change it: plan template init NAME --from plan|official\n';
  context.stdout(text);
  return ExitCode.ok;
}
