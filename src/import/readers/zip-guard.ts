import yauzl from 'yauzl';
import { PlanError } from '../../errors.js';

/** A Word file's parts together stay far below this; past it the zip is a bomb or not a plan. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export interface ZipContents {
  /** Uncompressed sizes from the central directory. */
  sizes: Map<string, number>;
  /** The entries asked for, inflated. */
  entries: Map<string, Buffer>;
}

function notAZip(file: string, cause: unknown): PlanError {
  return new PlanError(
    {
      zh: `${file} 不是有效的 Word 文件（.docx 应是 zip 压缩包）；若是旧版 .doc，请把扩展名改为 .doc，或在 Word/WPS 中另存为 .docx`,
      en: `${file} is not a valid Word file (a .docx is a zip archive); if it is an old .doc, rename it to .doc, or save it as .docx in Word/WPS`,
    },
    { place: { file }, cause },
  );
}

function bomb(file: string, size: number): PlanError {
  return new PlanError(
    {
      zh: `${file} 解压后有 ${(size / 1024 / 1024).toFixed(0)} MB，超过上限 ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB（可能是压缩炸弹）；未导入`,
      en: `${file} expands to ${(size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB limit (possibly a zip bomb); not imported`,
    },
    { place: { file } },
  );
}

/**
 * Opens a .docx safely: the central directory's sizes are added up before
 * anything is inflated, and the parts we read are inflated with yauzl's
 * size validation on, so a zip that lies about its sizes fails too.
 */
export function readZip(bytes: Buffer, file: string, wanted: readonly string[]): Promise<ZipContents> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (openError, zip) => {
      if (openError || !zip) {
        reject(notAZip(file, openError));
        return;
      }
      const sizes = new Map<string, number>();
      const entries = new Map<string, Buffer>();
      const toRead: yauzl.Entry[] = [];
      let total = 0;
      zip.on('error', (error: unknown) => reject(notAZip(file, error)));
      zip.on('entry', (entry: yauzl.Entry) => {
        sizes.set(entry.fileName, entry.uncompressedSize);
        total += entry.uncompressedSize;
        if (total > MAX_UNCOMPRESSED_BYTES || sizes.size > MAX_ENTRIES) {
          zip.close();
          reject(bomb(file, total));
          return;
        }
        if (wanted.includes(entry.fileName)) toRead.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        const next = (): void => {
          const entry = toRead.shift();
          if (!entry) {
            resolve({ sizes, entries });
            return;
          }
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) {
              reject(notAZip(file, streamError));
              return;
            }
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('error', (error: unknown) => reject(notAZip(file, error)));
            stream.on('end', () => {
              entries.set(entry.fileName, Buffer.concat(chunks));
              next();
            });
          });
        };
        next();
      });
      zip.readEntry();
    });
  });
}
