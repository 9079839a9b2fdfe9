import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import { normaliseEncodingName } from '../../encoding/decode-bytes.js';
import { decodeImportBytes } from './decode-import-bytes.js';
import { htmlToLines } from './html-to-lines.js';
import type { ImportSource } from './import-source.js';

/** `<meta charset="gbk">` or the http-equiv form, read from the ASCII head of the page. */
function declaredCharset(bytes: Uint8Array): ImportEncoding | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)/iu.exec(head);
  return match ? (normaliseEncodingName(match[1] ?? '') ?? undefined) : undefined;
}

/** A saved web page: the declared charset unless `--encoding` says otherwise, then the visible text. */
export function readHtml(bytes: Uint8Array, file: string, encoding?: ImportEncoding): ImportSource {
  const detected = decodeImportBytes(bytes, file, encoding ?? declaredCharset(bytes));
  const lines = htmlToLines(detected.text);
  return {
    format: 'html',
    lines,
    encoding: { encoding: detected.encoding, method: detected.method, confidence: detected.confidence },
    notes: [],
  };
}
