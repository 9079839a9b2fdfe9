import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImportEncoding } from '../encoding/decode-bytes.js';
import { ExitCode, PlanError } from '../errors.js';
import { fileError } from '../io/read-plan-file.js';
import { importDocument, type ImportDocumentOptions, type ImportDocumentResult } from './import-document.js';
import { readDoc } from './readers/read-doc.js';
import { readDocx } from './readers/read-docx.js';
import { emptyFile } from './readers/decode-import-bytes.js';
import { readHtml } from './readers/read-html.js';
import type { ImportSource } from './readers/import-source.js';
import { readMarkdown } from './readers/read-markdown.js';
import { readText } from './readers/read-text.js';

/** Plans are tens of KB; a text past this is not one plan and would only exhaust memory. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** A Word file with pictures may be large; its text parts are checked separately (zip-guard). */
export const MAX_WORD_BYTES = 50 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx', 'doc'] as const;

export interface ImportFileOptions extends ImportDocumentOptions {
  encoding?: ImportEncoding | undefined;
  signal: AbortSignal;
}

export interface ImportFileResult extends ImportDocumentResult {
  source: Pick<ImportSource, 'format' | 'encoding' | 'notes'> & { lines: number; bytes: number };
}

function tooLarge(file: string, size: number, limit: number): PlanError {
  return new PlanError(
    {
      zh: `${file} 有 ${(size / 1024 / 1024).toFixed(0)} MB，超过导入上限 ${limit / 1024 / 1024} MB；一份计划不会这么大，请确认选对了文件，或先把它拆开`,
      en: `${file} is ${(size / 1024 / 1024).toFixed(0)} MB, over the ${limit / 1024 / 1024} MB import limit; no plan is that large: check the file, or split it first`,
    },
    { place: { file }, exitCode: ExitCode.failure },
  );
}

/** Reads one file with the reader its extension names, checking its size before reading a byte. */
export async function readImportSource(
  path: string,
  file: string,
  options: Pick<ImportFileOptions, 'encoding' | 'signal'>,
): Promise<{ source: ImportSource; bytes: number }> {
  const extension = extname(path).slice(1).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new PlanError(
      {
        zh: `不支持导入 .${extension || '（无扩展名）'} 文件（${file}）；plan import 读 .txt、.md、.html、.docx 和 .doc`,
        en: `Cannot import .${extension || '(no extension)'} files (${file}); plan import reads .txt, .md, .html, .docx and .doc`,
      },
      { place: { file } },
    );
  }
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PlanError({ zh: `${file} 是文件夹`, en: `${file} is a folder` }, { place: { file } });
    size = info.size;
  } catch (error) {
    if (error instanceof PlanError) throw error;
    throw fileError(file, error);
  }
  const word = extension === 'docx' || extension === 'doc';
  const limit = word ? MAX_WORD_BYTES : MAX_TEXT_BYTES;
  if (size > limit) throw tooLarge(file, size, limit);
  if (size === 0) throw emptyFile(file);
  if (extension === 'doc') return { source: await readDoc(path, file, options.signal), bytes: size };
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(file, error);
  });
  if (extension === 'docx') return { source: await readDocx(bytes, file), bytes: size };
  if (extension === 'html' || extension === 'htm') return { source: readHtml(bytes, file, options.encoding), bytes: size };
  if (extension === 'md' || extension === 'markdown') return { source: readMarkdown(bytes, file, options.encoding), bytes: size };
  return { source: readText(bytes, file, options.encoding), bytes: size };
}

export function importSource(source: ImportSource, bytes: number, options: ImportDocumentOptions): ImportFileResult {
  if (source.lines.length === 0) {
    throw new PlanError({ zh: '文件中没有文字可导入', en: 'The file holds no text to import' });
  }
  const result = importDocument(source.lines, { ...options, metadata: { ...(source.metadata ?? {}), ...(options.metadata ?? {}) } });
  return {
    ...result,
    review: [...(source.review ?? []), ...result.review].sort((a, b) => a.line - b.line),
    source: { format: source.format, encoding: source.encoding, notes: source.notes, lines: source.lines.length, bytes },
  };
}

/** Reads, cleans and structures one file; writes nothing. */
export async function importFile(path: string, file: string, options: ImportFileOptions): Promise<ImportFileResult> {
  const { source, bytes } = await readImportSource(path, file, options);
  if (source.lines.length === 0) throw emptyFile(file);
  return importSource(source, bytes, options);
}
