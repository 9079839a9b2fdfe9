import { parse } from 'yaml';
import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import type { ImportLine } from '../import-line.js';
import { KNOWN_KEYS } from '../../parse/front-matter-schema.js';
import { matchMarker, matchPartSuffix } from '../../parse/markers.js';
import type { ExtractedMetadata } from '../structure/extract-metadata.js';
import { decodeImportBytes } from './decode-import-bytes.js';
import { textToLines, type ImportSource } from './import-source.js';

/** Front-matter keys that scrapers of government sites write in Chinese. */
const KEY_NAMES: Record<string, keyof ExtractedMetadata> = {
  标题: 'title',
  題目: 'title',
  文号: 'docNumber',
  发文字号: 'docNumber',
  发布单位: 'issuer',
  发文机关: 'issuer',
  发布日期: 'date',
  成文日期: 'date',
  title: 'title',
  issuer: 'issuer',
  docNumber: 'docNumber',
  date: 'date',
};

type Metadata = ExtractedMetadata & Record<string, unknown>;

function readFrontMatter(text: string): { metadata: Metadata; bodyStart: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!match) return { metadata: {}, bodyStart: 0 };
  const metadata: Metadata = {};
  try {
    const data = parse(match[1] ?? '', { maxAliasCount: 10 }) as unknown;
    if (data && typeof data === 'object') {
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        const known = KEY_NAMES[key];
        if (known && (typeof value === 'string' || typeof value === 'number')) metadata[known] = String(value);
        // A plan's own keys (recipients, cc, printer…) are kept as written.
        else if (KNOWN_KEYS.includes(key) && value !== null && value !== undefined) metadata[key] = value;
      }
    }
  } catch {
    // A broken header is left out; its lines still do not become body text.
  }
  return { metadata, bodyStart: match[0].length };
}

/**
 * Heading hashes go where the marker will set the level again (`## 一、目标`)
 * and on a level-1 heading (the title); an unmarked `## 工作目标` keeps its
 * hashes, or it would turn into a paragraph.
 */
function headingText(text: string): string {
  const heading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?$/u.exec(text);
  if (!heading) return text;
  const title = heading[2] ?? '';
  return heading[1] === '#' || matchMarker(title) || matchPartSuffix(title) ? title : text;
}

/**
 * A Markdown file from elsewhere (a scraper's output, an older plan): its
 * front matter is mapped onto the plan keys, heading hashes are dropped so
 * that the markers decide the levels, quotes stay quotes.
 */
export function readMarkdown(bytes: Uint8Array, file: string, encoding?: ImportEncoding): ImportSource {
  const detected = decodeImportBytes(bytes, file, encoding);
  const { metadata, bodyStart } = readFrontMatter(detected.text);
  const firstLine = detected.text.slice(0, bodyStart).split(/\r\n|\r|\n/u).length;
  const lines: ImportLine[] = [];
  for (const line of textToLines(detected.text.slice(bodyStart), bodyStart === 0 ? 1 : firstLine)) {
    const quote = /^>\s?(.*)$/u.exec(line.text);
    if (quote) lines.push({ ...line, kind: 'quote', text: quote[1] ?? '', markdown: true });
    else if (/^\|.*\|$/u.test(line.text)) {
      // A GFM table row; the delimiter row (`| :-- | --: |`) is made again on output.
      if (!/^\|(?:\s*:?-{3,}:?\s*\|)+$/u.test(line.text)) {
        const cells = line.text.slice(1, -1).split(/(?<!\\)\|/u).map((cell) => cell.trim());
        lines.push({ ...line, kind: 'table-row', cells, text: cells.join(' | '), markdown: true });
      }
    } else {
      lines.push({ ...line, text: headingText(line.text), markdown: true });
    }
  }
  return {
    format: 'markdown',
    lines,
    encoding: { encoding: detected.encoding, method: detected.method, confidence: detected.confidence },
    metadata: { ...metadata },
    notes: [],
  };
}
