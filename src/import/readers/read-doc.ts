import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanError } from '../../errors.js';
import { nodeChildProcess } from '../../io/node-modules-on-demand.js';
import { readDocx } from './read-docx.js';
import type { ImportSource } from './import-source.js';

function run(command: string, args: string[], signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    nodeChildProcess().execFile(command, args, { timeout: 120_000, signal }, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * An old binary .doc: LibreOffice converts it to .docx in a private folder
 * (with its own profile, so a running LibreOffice does not block it), then
 * it is read like any .docx.
 */
export async function readDoc(path: string, file: string, signal: AbortSignal, soffice = 'soffice'): Promise<ImportSource> {
  const folder = await mkdtemp(join(tmpdir(), 'plan-import-doc-'));
  try {
    try {
      await run(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'docx', '--outdir', folder, path],
        signal,
      );
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new PlanError(
        missing
          ? {
              zh: `导入 .doc 文件（${file}）需要 LibreOffice，但没有找到 soffice；请安装 LibreOffice，或在 Word/WPS 中把它另存为 .docx 后再导入`,
              en: `Importing a .doc file (${file}) needs LibreOffice, and soffice was not found; install LibreOffice, or save the file as .docx in Word/WPS and import that`,
            }
          : {
              zh: `LibreOffice 无法转换 ${file}：${(error as Error).message}；请在 Word/WPS 中另存为 .docx 后再导入`,
              en: `LibreOffice could not convert ${file}: ${(error as Error).message}; save it as .docx in Word/WPS and import that`,
            },
        { place: { file }, cause: error },
      );
    }
    const converted = join(folder, `${basename(path).replace(/\.doc$/iu, '')}.docx`);
    const bytes = await readFile(converted).catch((error: unknown) => {
      throw new PlanError(
        { zh: `LibreOffice 没有产出 ${file} 的 .docx；该文件可能已损坏`, en: `LibreOffice produced no .docx for ${file}; the file may be damaged` },
        { place: { file }, cause: error },
      );
    });
    const source = await readDocx(bytes, file);
    return { ...source, format: 'doc' };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
