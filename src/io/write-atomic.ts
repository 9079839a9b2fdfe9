import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PlanError } from '../errors.js';

/**
 * Writes a file through a temporary file in the same folder and a rename, so
 * that an interrupted run never leaves a half-written document behind.
 * Synchronous, like reading a plan (see read-plan-file.ts): the thread has
 * nothing else to do meanwhile.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
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
    const reason = code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? { zh: '没有写入权限', en: 'no permission to write there' }
      : { zh: String((error as Error).message), en: String((error as Error).message) };
    throw new PlanError(
      {
        zh: `无法写入 ${file}：${reason.zh}。请换一个输出位置（-o 或 --out-dir）`,
        en: `Cannot write ${file}: ${reason.en}. Choose another output location (-o or --out-dir)`,
      },
      { place: { file }, cause: error },
    );
  }
}
