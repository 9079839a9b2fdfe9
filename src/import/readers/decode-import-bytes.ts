import { detectEncoding, type DetectedEncoding } from '../../encoding/detect-encoding.js';
import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import { measureText } from '../../encoding/text-quality.js';
import { PlanError } from '../../errors.js';

/**
 * Decodes a text file for import, refusing what is not text: an empty file,
 * a binary file (NUL bytes outside UTF-16, or control characters), or bytes
 * that no Chinese encoding turns into mostly common characters.
 */
export function decodeImportBytes(bytes: Uint8Array, file: string, forced?: ImportEncoding): DetectedEncoding {
  if (bytes.length === 0) throw emptyFile(file);
  const detected = detectEncoding(bytes, forced);
  const utf16 = detected.encoding === 'utf-16le' || detected.encoding === 'utf-16be';
  const sample = detected.text.slice(0, 65536);
  const controls = (sample.match(/[\u0000-\u0008\u000e-\u001f\u007f]/gu) ?? []).length;
  if ((!utf16 && bytes.subarray(0, 65536).includes(0)) || controls > Math.max(2, sample.length * 0.01)) {
    throw new PlanError(
      {
        zh: `${file} 是二进制文件，不是文本；plan import 读 .txt、.md、.html、.docx 和 .doc`,
        en: `${file} is a binary file, not text; plan import reads .txt, .md, .html, .docx and .doc`,
      },
      { place: { file } },
    );
  }
  if (!forced && detected.method === 'detector' && measureText(sample).score < 0.3) {
    throw new PlanError(
      {
        zh: `${file} 的编码无法可靠判断；请用 --encoding 指定（gb18030、big5、utf-16le……）`,
        en: `Cannot tell the encoding of ${file} reliably; name it with --encoding (gb18030, big5, utf-16le…)`,
      },
      { place: { file } },
    );
  }
  if (/^[\s\u3000\ufeff]*$/u.test(detected.text)) throw emptyFile(file);
  return detected;
}

export function emptyFile(file: string): PlanError {
  return new PlanError({ zh: `${file} 是空文件，没有可导入的内容`, en: `${file} is empty: there is nothing to import` }, { place: { file } });
}
