import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** `../shared/corpus` beside the project root, as in CI. */
export const CORPUS_DIR = resolve(here, '../../../shared/corpus');
export const PROJECT_DIR = resolve(here, '../..');
export const EXAMPLES_DIR = join(PROJECT_DIR, 'examples');

export function corpusPath(name: string): string {
  return join(CORPUS_DIR, name);
}

export function corpusFiles(extension?: string): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name !== 'README.md' && (!extension || name.endsWith(extension)))
    .sort();
}

/**
 * Decodes a corpus text file the plain way a test can (BOM → UTF-8, else
 * strict UTF-8, else GB18030); the real detector is `plan import`'s.
 */
export function readCorpusText(name: string): string {
  const bytes = readFileSync(corpusPath(name));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The `full_text` field of a prov26 CSV (one data row, RFC 4180 quoting). */
export function csvFullText(name: string): string {
  const text = readCorpusText(name);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      if (row === 1) fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      if (row === 1) {
        fields.push(field);
        break;
      }
      row += 1;
      field = '';
    } else field += char;
  }
  if (row === 1 && fields.length < 6) fields.push(field);
  const fullText = fields[5];
  if (fullText === undefined) throw new Error(`${name}: no full_text field`);
  return fullText;
}

/**
 * The plain test helper of the issues: one Markdown paragraph per non-empty
 * line, indentation (ASCII and full-width) removed. No cleaning, no repair.
 */
export function linesToMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0)
    .join('\n\n')
    .concat('\n');
}
