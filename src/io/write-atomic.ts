import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PlanError } from '../errors.js';
import type { Text } from '../i18n/text.js';

/** What to do when a file cannot be written: the options of the command that wrote it. */
export const CHOOSE_OUTPUT: Text = { zh: '请换一个输出位置（-o 或 --out-dir）', en: 'Choose another output location (-o or --out-dir)' };

/**
 * Writes a file through a temporary file in the same folder and a rename, so
 * that an interrupted run never leaves a half-written document behind.
 * Synchronous, like reading a plan (see read-plan-file.ts): the thread has
 * nothing else to do meanwhile. `advice` ends the message when the write
 * fails: what the user of that command can do about it.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, advice: Text = CHOOSE_OUTPUT): Promise<void> {
  const folder = dirname(file);
  // The name need only differ from another writer's, so no crypto module is loaded for it (see node-modules-on-demand.ts).
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The temporary file was never made, or cannot be removed either; the error below says why.
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? { zh: '没有写入权限', en: 'no permission to write there' }
        : { zh: String((error as Error).message), en: String((error as Error).message) };
    throw new PlanError(
      {
        zh: `无法写入 ${file}：${reason.zh}。${advice.zh}`,
        en: `Cannot write ${file}: ${reason.en}. ${advice.en}`,
      },
      { place: { file }, cause: error },
    );
  }
}
