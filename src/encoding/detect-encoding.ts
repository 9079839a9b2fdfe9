import jschardet from 'jschardet';
import { readByteOrderMark } from './bom.js';
import { decodeBytes, hasFourByteSequences, type ImportEncoding } from './decode-bytes.js';
import { measureText } from './text-quality.js';

export interface DetectedEncoding {
  encoding: ImportEncoding;
  /** How it was decided, for the report. */
  method: 'forced' | 'bom' | 'utf-8' | 'utf-16-pattern' | 'detector';
  /** 0–1: how sure the choice is (1 for a BOM or valid UTF-8). */
  confidence: number;
  /** Bytes of BOM to skip. */
  bomLength: number;
  /** The decoded text, BOM removed. */
  text: string;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const DETECTOR_NAMES: Record<string, ImportEncoding> = {
  gb18030: 'gb18030',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  big5: 'big5',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
};

/**
 * Chinese prose is mostly Han characters; a wrong reading scatters ASCII
 * letters and symbols between them (`y裝€\@` for UTF-16 `科技局`).
 */
function hanShare(text: string): number {
  const visible = text.replace(/[\s\u3000]/gu, '');
  if (visible.length === 0) return 0;
  const han = visible.match(/[\p{Script=Han}\u3001-\u3011\uff01-\uff1f“”‘’0-9]/gu)?.length ?? 0;
  return han / [...visible].length;
}

/**
 * ASCII characters in UTF-16 carry a zero byte; when most zero bytes sit at
 * odd (LE) or even (BE) offsets the text is UTF-16 without a BOM.
 */
function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const pairs = bytes.length / 2;
  if (odd > pairs * 0.1 && even < odd * 0.05) return 'utf-16le';
  if (even > pairs * 0.1 && odd < even * 0.05) return 'utf-16be';
  return null;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * The candidates are judged on the first 64 KB, cut after a line feed: in
 * GBK and Big5 the byte 0x0A is never part of a character, and an even cut
 * keeps UTF-16 whole.
 */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let end = bytes.lastIndexOf(0x0a, SAMPLE_BYTES);
  if (end <= 0) end = SAMPLE_BYTES;
  else end += 1;
  return bytes.subarray(0, end - (end % 2));
}

function detectorShares(bytes: Uint8Array): Map<ImportEncoding, number> {
  const shares = new Map<ImportEncoding, number>();
  // The statistics settle within a few KB; past that the common-character check decides.
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16 * 1024));
  let total = 0;
  for (const guess of jschardet.detectAll(sample)) {
    const encoding = guess.encoding ? DETECTOR_NAMES[guess.encoding.toLowerCase()] : undefined;
    if (!encoding) continue;
    shares.set(encoding, (shares.get(encoding) ?? 0) + guess.confidence);
    total += guess.confidence;
  }
  if (total > 0) for (const [encoding, value] of shares) shares.set(encoding, value / total);
  return shares;
}

/**
 * Decides how to read a text file: a BOM wins, then the zero-byte pattern
 * of UTF-16, then strict UTF-8 (legacy encodings almost never form valid
 * UTF-8 by chance). Otherwise every Chinese candidate is decoded and judged
 * twice: by the detector's character statistics, and by whether the result
 * is made of common characters. The second check is what makes a short
 * file reliable, where the detector alone has too little to go on.
 */
export function detectEncoding(bytes: Uint8Array, forced?: ImportEncoding): DetectedEncoding {
  const bom = readByteOrderMark(bytes);
  const bomLength = bom && (!forced || forced === bom.encoding || (forced === 'utf-16le' && bom.encoding === 'utf-16le')) ? bom.length : 0;
  if (forced) {
    return { encoding: forced, method: 'forced', confidence: 1, bomLength, text: decodeBytes(bytes.subarray(bomLength), forced) };
  }
  if (bom) {
    return { encoding: bom.encoding, method: 'bom', confidence: 1, bomLength: bom.length, text: decodeBytes(bytes.subarray(bom.length), bom.encoding) };
  }
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return { encoding: utf16, method: 'utf-16-pattern', confidence: 0.95, bomLength: 0, text: decodeBytes(bytes, utf16) };
  try {
    return { encoding: 'utf-8', method: 'utf-8', confidence: 1, bomLength: 0, text: STRICT_UTF8.decode(bytes) };
  } catch {
    // Not UTF-8: one of the legacy encodings.
  }
  const sample = sampleOf(bytes);
  const candidates: ImportEncoding[] = ['gb18030', 'big5'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  const shares = detectorShares(sample);
  let best: { encoding: ImportEncoding; total: number; text: string } | null = null;
  let runnerUp = -Infinity;
  for (const encoding of candidates) {
    const text = decodeBytes(sample, encoding);
    const total = measureText(text).score + (shares.get(encoding) ?? 0) + hanShare(text) / 2;
    if (!best || total > best.total) {
      if (best) runnerUp = Math.max(runnerUp, best.total);
      best = { encoding, total, text };
    } else {
      runnerUp = Math.max(runnerUp, total);
    }
  }
  const chosen = best as { encoding: ImportEncoding; total: number; text: string };
  // Three sources of evidence (at most 2.5 together): the margin over the runner-up says how sure we are.
  const confidence = Math.max(0, Math.min(1, (chosen.total - Math.max(runnerUp, 0)) / 2.5 + (chosen.total >= 2 ? 0.25 : 0)));
  const encoding = chosen.encoding === 'gb18030' && !hasFourByteSequences(bytes) ? 'gbk' : chosen.encoding;
  const text = sample.length === bytes.length ? chosen.text : decodeBytes(bytes, chosen.encoding);
  return { encoding, method: 'detector', confidence, bomLength: 0, text };
}
