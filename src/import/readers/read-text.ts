import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import { decodeImportBytes } from './decode-import-bytes.js';
import { textToLines, type ImportSource } from './import-source.js';

/** A plain text file (.txt, or a .csv's text handed over by a caller): one line per line. */
export function readText(bytes: Uint8Array, file: string, encoding?: ImportEncoding): ImportSource {
  const detected = decodeImportBytes(bytes, file, encoding);
  return {
    format: 'text',
    lines: textToLines(detected.text),
    encoding: { encoding: detected.encoding, method: detected.method, confidence: detected.confidence },
    notes: [],
  };
}
