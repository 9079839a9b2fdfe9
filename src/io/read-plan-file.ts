import { readFileSync, statSync } from 'node:fs';
import { ExitCode, PlanError } from '../errors.js';
import { planLimitError, planSizeError } from './plan-limits.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a Markdown plan as UTF-8 text. Everything a clerk can get wrong about
 * the file itself (missing, a folder, empty, binary, GBK, past the limits
 * of plan-limits.ts) is a PlanError that
 * says what to do, never a stack trace. `file` is how messages name it
 * (usually relative to the working folder).
 *
 * The file system is called synchronously on purpose: a batch thread runs
 * one plan at a time, and each asynchronous call was a round trip through
 * libuv's thread pool, shared by every thread; a tenth of a batch went to
 * waiting on them.
 */
export async function readPlanFile(path: string, file: string = path): Promise<string> {
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) {
      throw new PlanError({ zh: `${file} 是文件夹，不是计划文件`, en: `${file} is a folder, not a plan file` }, { place: { file } });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof PlanError) throw error;
    throw fileError(file, error);
  }
  // Refused before it is read: a file past the limit would only exhaust memory.
  const tooBig = planSizeError(size, file);
  if (tooBig) throw tooBig;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileError(file, error);
  }
  const text = decodePlanBytes(bytes, file);
  const pastLimit = planLimitError(text, file);
  if (pastLimit) throw pastLimit;
  return text;
}

export function decodePlanBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw emptyFile(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlanError(
      {
        zh: `${file} 是 UTF-16 编码；plan 只读 UTF-8 的 Markdown。请运行 plan import ${file} 转换`,
        en: `${file} is UTF-16; plan reads UTF-8 Markdown only. Run plan import ${file} to convert it`,
      },
      { place: { file } },
    );
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new PlanError(
      {
        zh: `${file} 是二进制文件，不是 Markdown 文本；Word 文件请用 plan import ${file} 导入`,
        en: `${file} is a binary file, not Markdown text; import Word files with plan import ${file}`,
      },
      { place: { file } },
    );
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new PlanError(
      {
        zh: `${file} 第 ${line} 行不是有效的 UTF-8 文字（可能是 GBK 或 Big5 编码）；请运行 plan import ${file} 转换为 UTF-8`,
        en: `${file} line ${line} is not valid UTF-8 (perhaps GBK or Big5); run plan import ${file} to convert it to UTF-8`,
      },
      { place: { file, line } },
    );
  }
  if (/^[\s\u3000\ufeff]*$/.test(text)) throw emptyFile(file);
  return text;
}

function emptyFile(file: string): PlanError {
  return new PlanError(
    { zh: `${file} 是空文件：请写入计划内容，或运行 plan init 生成一个示例`, en: `${file} is empty: write the plan into it, or run plan init for a starter` },
    { place: { file } },
  );
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 0x0a) {
      try {
        UTF8.decode(bytes.subarray(lineStart, index));
      } catch {
        return line;
      }
      line += 1;
      lineStart = index + 1;
    }
  }
  return line;
}

export function fileError(file: string, error: unknown): PlanError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return new PlanError(
      { zh: `找不到文件 ${file}：请检查路径和文件名`, en: `File not found: ${file}. Check the path and the file name` },
      { place: { file }, cause: error },
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new PlanError(
      { zh: `没有权限读取 ${file}：请检查文件权限`, en: `No permission to read ${file}: check the file's permissions` },
      { place: { file }, cause: error },
    );
  }
  return new PlanError(
    { zh: `无法读取 ${file}：${String((error as Error)?.message ?? error)}`, en: `Cannot read ${file}: ${String((error as Error)?.message ?? error)}` },
    { exitCode: ExitCode.failure, place: { file }, cause: error },
  );
}
