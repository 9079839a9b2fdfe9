import { crc32, deflateRawSync } from 'node:zlib';
import { OWN_PARTS } from './own-parts.js';

export type Parts = Map<string, string | Uint8Array>;

const CONTENT_TYPES = '[Content_Types].xml';

interface Compressed {
  size: number;
  compressed: Buffer;
  checksum: number;
}

/**
 * Most parts (styles, theme, settings, footers, numbering) are the same
 * text in every document of a template, so a batch thread deflates each
 * once. Only small texts are kept, and only so many; never a document's own
 * parts (OWN_PARTS: its text, core properties and relationships), which
 * differ from document to document: kept, they only held a few hundred
 * finished documents in each thread's memory.
 */
const SAME_PARTS = new Map<string, Compressed>();
const KEPT_PART_CHARS = 64 * 1024;
const KEPT_PARTS = 256;

const encoder = new TextEncoder();

function compress(path: string, content: string | Uint8Array): Compressed {
  const keep = typeof content === 'string' && content.length <= KEPT_PART_CHARS && !OWN_PARTS.has(path);
  const kept = keep ? SAME_PARTS.get(content) : undefined;
  if (kept) return kept;
  const data = typeof content === 'string' ? encoder.encode(content) : content;
  // Level 1, not zlib's default 6: half the deflating time, for documents a little larger.
  const result = { size: data.length, compressed: deflateRawSync(data, { level: 1 }), checksum: crc32(data) };
  if (keep) {
    // Texts met once (a document's title and date) fill it up; a fresh start keeps the template's parts.
    if (SAME_PARTS.size >= KEPT_PARTS) SAME_PARTS.clear();
    SAME_PARTS.set(content, result);
  }
  return result;
}

/**
 * A ZIP archive of the given parts, compressed with Node's native deflate.
 * docx compresses in JavaScript (fflate), which takes most of the time of a
 * build; the same archive from zlib costs a fraction of it.
 * `[Content_Types].xml` goes first, where Office and other readers look.
 */
export function zipParts(parts: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the earliest DOS time: the archive does not change with the clock.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  const ordered = [...parts].sort(([a], [b]) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES));
  for (const [path, content] of ordered) {
    const { size, compressed, checksum } = compress(path, content);
    const name = Buffer.from(path, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(checksum, 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, name, compressed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(checksum, 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}
