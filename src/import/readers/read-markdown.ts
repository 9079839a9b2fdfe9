import { parse } from 'yaml';
import type { ImportEncoding } from '../../encoding/decode-bytes.js';
import type { Text } from '../../i18n/text.js';
import type { ImportLine, ReviewItem } from '../import-line.js';
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

interface FrontMatter {
  metadata: Metadata;
  bodyStart: number;
  /** Keys left out: not plan keys, or values of the wrong type. */
  dropped: string[];
  /** Why the whole header was left out, when it could not be read. */
  unreadable: string | null;
}

function readFrontMatter(text: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!match) return { metadata: {}, bodyStart: 0, dropped: [], unreadable: null };
  const metadata: Metadata = {};
  const dropped: string[] = [];
  let unreadable: string | null = null;
  try {
    const data = parse(match[1] ?? '', { maxAliasCount: 10 }) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        const known = KEY_NAMES[key];
        if (known && (typeof value === 'string' || typeof value === 'number')) metadata[known] = String(value);
        // A plan's own keys (recipients, cc, printer…) are kept as written.
        else if (KNOWN_KEYS.includes(key) && value !== null && value !== undefined) metadata[key] = value;
        else dropped.push(key);
      }
    } else if (data !== null && data !== undefined) unreadable = 'not a list of keys';
  } catch (error) {
    // A broken header is left out; its lines still do not become body text.
    unreadable = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  }
  return { metadata, bodyStart: match[0].length, dropped, unreadable };
}

/** What the report says about front matter that did not come through. */
function frontMatterReport(header: FrontMatter, text: string): { notes: Text[]; review: ReviewItem[] } {
  const notes: Text[] = [];
  const review: ReviewItem[] = [];
  if (header.unreadable !== null) {
    const yaml = text
      .slice(0, header.bodyStart)
      .split(/\r\n|\r|\n/u)
      .slice(1, -2)
      .join(' ');
    review.push({
      kind: 'not-imported',
      line: 1,
      text: yaml.length > 40 ? `${yaml.slice(0, 40)}…` : yaml,
      note: {
        zh: `文件开头的元数据（YAML）无法读取（${header.unreadable}），整段未导入，标题等元数据请手工补上`,
        en: `the metadata (YAML) at the top could not be read (${header.unreadable}) and none of it was imported; add the title and other metadata by hand`,
      },
    });
  }
  if (header.dropped.length > 0) {
    const keys = header.dropped.join(', ');
    notes.push({
      zh: `元数据中未导入的键（不是计划的键，或值的类型不对）：${keys}`,
      en: `metadata keys not imported (not plan keys, or values of the wrong type): ${keys}`,
    });
  }
  return { notes, review };
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
  const header = readFrontMatter(detected.text);
  const { metadata, bodyStart } = header;
  const firstLine = detected.text.slice(0, bodyStart).split(/\r\n|\r|\n/u).length;
  const lines: ImportLine[] = [];
  for (const line of textToLines(detected.text.slice(bodyStart), bodyStart === 0 ? 1 : firstLine)) {
    const quote = /^>\s?(.*)$/u.exec(line.text);
    if (quote) lines.push({ ...line, kind: 'quote', text: quote[1] ?? '', markdown: true });
    else if (/^\|.*\|$/u.test(line.text)) {
      // A GFM table row; the delimiter row (`| :-- | --: |`) is made again on output.
      if (!/^\|(?:\s*:?-{3,}:?\s*\|)+$/u.test(line.text)) {
        const cells = line.text
          .slice(1, -1)
          .split(/(?<!\\)\|/u)
          .map((cell) => cell.trim());
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
    ...frontMatterReport(header, detected.text),
  };
}
