import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const TEXT_PART = /\.(xml|rels)$/;

/**
 * The parts of a .docx that a library has just written in memory, in the
 * archive's order: XML parts as text, anything else as bytes. Only what a
 * writer of plain ZIP archives makes is read (stored or deflated entries, no
 * ZIP64): this reads our own dependency's output, never a user's file.
 */
export function unzipParts(archive: Uint8Array): Map<string, string | Uint8Array> {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1 || bytes.readUInt32LE(end) !== END_OF_DIRECTORY) throw new Error('not a ZIP archive: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let entry = bytes.readUInt32LE(end + 16);
  const parts = new Map<string, string | Uint8Array>();
  for (let index = 0; index < count; index += 1) {
    if (bytes.readUInt32LE(entry) !== DIRECTORY_ENTRY) throw new Error(`not a ZIP archive: entry ${index} of its directory is damaged`);
    const method = bytes.readUInt16LE(entry + 10);
    const compressedSize = bytes.readUInt32LE(entry + 20);
    const nameLength = bytes.readUInt16LE(entry + 28);
    const extraLength = bytes.readUInt16LE(entry + 30);
    const commentLength = bytes.readUInt16LE(entry + 32);
    const local = bytes.readUInt32LE(entry + 42);
    const name = bytes.toString('utf8', entry + 46, entry + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const stored = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method} is not read`);
    const data = method === 8 ? inflateRawSync(stored) : Buffer.from(stored);
    parts.set(name, TEXT_PART.test(name) ? data.toString('utf8') : new Uint8Array(data));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}
