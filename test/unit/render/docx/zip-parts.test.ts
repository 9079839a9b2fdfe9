import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../../src/render/docx/zip-parts.js';

/** Reads the central directory back (the format's own structure, without a zip library). */
function entries(archive: Uint8Array): Array<{ name: string; text: string }> {
  const buffer = Buffer.from(archive);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let position = buffer.readUInt32LE(end + 16);
  const found: Array<{ name: string; text: string }> = [];
  for (let index = 0; index < count; index += 1) {
    expect(buffer.readUInt32LE(position)).toBe(0x02014b50);
    const compressedSize = buffer.readUInt32LE(position + 20);
    const nameLength = buffer.readUInt16LE(position + 28);
    const localOffset = buffer.readUInt32LE(position + 42);
    const name = buffer.subarray(position + 46, position + 46 + nameLength).toString('utf8');
    const localNameLength = buffer.readUInt16LE(localOffset + 26);
    const dataStart = localOffset + 30 + localNameLength;
    const text = inflateRawSync(buffer.subarray(dataStart, dataStart + compressedSize)).toString('utf8');
    found.push({ name, text });
    position += 46 + nameLength;
  }
  return found;
}

describe('zipParts', () => {
  it('stores every part deflated, [Content_Types].xml first, names in UTF-8', () => {
    const parts = new Map<string, string | Uint8Array>([
      ['word/document.xml', '<w:document>正文</w:document>'],
      ['[Content_Types].xml', '<Types/>'],
      ['word/media/图.bin', new Uint8Array([1, 2, 3])],
    ]);
    const found = entries(zipParts(parts));
    expect(found.map((entry) => entry.name)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/图.bin']);
    expect(found[1]?.text).toBe('<w:document>正文</w:document>');
    expect([...Buffer.from(found[2]!.text, 'utf8')]).toEqual([1, 2, 3]);
  });

  it('gives the same bytes for the same parts (no clock in the archive)', () => {
    const parts = new Map([['a.xml', '<a/>']]);
    expect(Buffer.from(zipParts(parts)).equals(Buffer.from(zipParts(parts)))).toBe(true);
  });

  it('reuses a part deflated before, and stays right after many different ones', () => {
    const styles = `<w:styles>${'样式'.repeat(500)}</w:styles>`;
    const first = zipParts(
      new Map([
        ['word/styles.xml', styles],
        ['word/document.xml', '<w:document>一</w:document>'],
      ]),
    );
    // Hundreds of parts met once each (a title, a date) come and go between two documents.
    for (let index = 0; index < 300; index += 1) zipParts(new Map([['docProps/core.xml', `<dc:title>第${index}号</dc:title>`]]));
    const second = zipParts(
      new Map([
        ['word/styles.xml', styles],
        ['word/document.xml', '<w:document>二</w:document>'],
      ]),
    );
    expect(entries(first).map((entry) => entry.text)).toEqual([styles, '<w:document>一</w:document>']);
    expect(entries(second).map((entry) => entry.text)).toEqual([styles, '<w:document>二</w:document>']);
    expect(entries(zipParts(new Map([['docProps/core.xml', '<dc:title>第7号</dc:title>']])))[0]?.text).toBe('<dc:title>第7号</dc:title>');
  });
});
