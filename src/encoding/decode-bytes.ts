import { iconv } from './iconv.js';

/** Encodings `plan import` reads, by the names `--encoding` accepts. */
export const IMPORT_ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'] as const;

export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

const ALIASES: Record<string, ImportEncoding> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gbk',
  gb2312: 'gbk',
  cp936: 'gbk',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
};

/** The canonical name of an encoding a user typed, or null when `plan import` cannot read it. */
export function normaliseEncodingName(name: string): ImportEncoding | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/**
 * Decodes without a BOM check of its own (callers strip it). GBK is read
 * as GB18030, its superset, so that the odd four-byte character survives.
 */
export function decodeBytes(bytes: Uint8Array, encoding: ImportEncoding): string {
  const name = encoding === 'gbk' ? 'gb18030' : encoding;
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/** True when GB18030 bytes hold a four-byte sequence (characters outside GBK). */
export function hasFourByteSequences(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    const lead = bytes[index] as number;
    if (lead < 0x81 || lead === 0xff) continue;
    const second = bytes[index + 1];
    if (second === undefined) return false;
    if (second >= 0x30 && second <= 0x39) return true;
    index += 1;
  }
  return false;
}
