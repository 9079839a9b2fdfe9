import { matchMarker, matchPartSuffix } from '../../parse/markers.js';
import type { ImportLine } from '../import-line.js';

export interface ExtractedMetadata {
  title?: string;
  issuer?: string;
  docNumber?: string;
  date?: string;
}

export interface MetadataResult {
  metadata: ExtractedMetadata;
  /** The lines left for the body (title, document number, signature and date removed). */
  lines: ImportLine[];
  /** Source line of each recognised value, for the report. */
  found: Array<{ key: keyof ExtractedMetadata; line: number; value: string }>;
}

export const TITLE_WORDS =
  /计划|計劃|规划|規劃|报告|報告|通知|方案|意见|意見|要点|要點|总结|總結|决定|決定|办法|辦法|安排|纲要|綱要|公告|通报|通報|请示|請示|批复|批復/u;
const DOC_NUMBER = /^[\p{Script=Han}]{1,12}[〔[【（(](?:19|20)\d{2}[〕\]】）)]第?\d{1,4}[号號]$/u;
const DATE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/u;
const ORGANISATION =
  /(?:局|委员会|委員會|政府|办公室|辦公室|办公厅|辦公廳|厅|廳|部|院|中心|委|会|會|处|處|所|公司|学校|學校|大学|大學|小组|小組|科|站|队|隊)$/u;
const ISSUER_HEADER = /^(.{2,30}?)文件$/u;

/** `政 府 工 作 报 告`: letter-spaced titles lose their spaces. */
function tightenSpacing(text: string): string {
  return /^(?:\p{Script=Han}[ \u3000]+)+\p{Script=Han}$/u.test(text) ? text.replace(/[ \u3000]+/gu, '') : text;
}

function looksLikeTitle(text: string, next: string | undefined): boolean {
  if (text.length === 0 || [...text].length > 60 || /[。，；！？,;!?：:]/u.test(text)) return false;
  if (matchMarker(text) || matchPartSuffix(text)) return false;
  return TITLE_WORDS.test(text) || (next !== undefined && (matchPartSuffix(next) !== null || DOC_NUMBER.test(next)));
}

/**
 * Recognises the document's own furniture so it can move into front matter:
 * an issuer header (`樊城区科技局文件`), a document number, the title, and a
 * closing signature with its date. Only lines that are nothing but that
 * value are taken; a date inside a sentence stays where it is.
 */
export function extractMetadata(input: readonly ImportLine[]): MetadataResult {
  const lines = [...input];
  const metadata: ExtractedMetadata = {};
  const found: MetadataResult['found'] = [];
  const take = (key: keyof ExtractedMetadata, index: number, value: string): void => {
    const line = lines[index] as ImportLine;
    metadata[key] = value;
    found.push({ key, line: line.line, value });
    lines.splice(index, 1);
  };
  const textAt = (index: number): string | undefined => {
    const line = lines[index];
    return line && line.kind === 'text' ? line.text.trim() : undefined;
  };

  const header = textAt(0);
  const issuerHeader = header === undefined ? null : ISSUER_HEADER.exec(header);
  if (issuerHeader && !matchMarker(header as string)) take('issuer', 0, (issuerHeader[1] ?? '').trim());

  for (let index = 0; index < Math.min(lines.length, 4); index += 1) {
    const text = textAt(index);
    if (text !== undefined && DOC_NUMBER.test(text.replace(/\s+/gu, ''))) {
      take('docNumber', index, text.replace(/\s+/gu, ''));
      break;
    }
  }
  const first = textAt(0);
  if (first !== undefined && !lines[0]?.planTitle) {
    const title = tightenSpacing(first);
    if (looksLikeTitle(title, textAt(1))) take('title', 0, title);
  }

  const lastIndex = lines.length - 1;
  const last = textAt(lastIndex);
  if (last !== undefined && DATE.test(last.replace(/\s+/gu, ''))) {
    const signature = textAt(lastIndex - 1);
    take('date', lastIndex, last.replace(/\s+/gu, ''));
    if (signature !== undefined && [...signature].length <= 30 && ORGANISATION.test(signature) && !/[。，；]/u.test(signature) && !matchMarker(signature)) {
      if (metadata.issuer === undefined) take('issuer', lastIndex - 1, signature);
      else lines.splice(lastIndex - 1, 1);
    }
  }
  return { metadata, lines, found };
}
