import type { DetectedEncoding } from '../../encoding/detect-encoding.js';
import type { ImportLine, ReviewItem } from '../import-line.js';
import type { ExtractedMetadata } from '../structure/extract-metadata.js';
import type { Text } from '../../i18n/text.js';

/** What a reader hands on: lines with their origin, and how it read them. */
export interface ImportSource {
  format: 'text' | 'markdown' | 'html' | 'docx' | 'doc';
  lines: ImportLine[];
  encoding: Pick<DetectedEncoding, 'encoding' | 'method' | 'confidence'> | null;
  metadata?: ExtractedMetadata & Record<string, unknown>;
  /** Remarks of the reader for the report (e.g. auto-numbering recovered). */
  notes: Text[];
  /** What the reader could not carry over (e.g. an unreadable front matter), left for a person. */
  review?: ReviewItem[];
}

/** Splits decoded text into trimmed, non-empty lines numbered as in the file. */
export function textToLines(text: string, firstLine = 1): ImportLine[] {
  const lines: ImportLine[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const trimmed = raw.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/gu, '');
    if (trimmed.length > 0) lines.push({ text: trimmed, line: firstLine + index, kind: 'text' });
  });
  return lines;
}
