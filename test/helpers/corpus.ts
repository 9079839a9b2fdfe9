import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { inCI } from './tools.js';

const here = dirname(fileURLToPath(import.meta.url));

export const PROJECT_DIR = resolve(here, '../..');
export const EXAMPLES_DIR = join(PROJECT_DIR, 'examples');
/** The real documents carried with the project: every run, a fresh clone included, has them. */
export const FIXTURE_CORPUS_DIR = join(PROJECT_DIR, 'test/fixtures/corpus');
/** The whole corpus, `../shared/corpus` beside the project root as in CI; a user's clone has none. */
export const FULL_CORPUS_DIR = resolve(PROJECT_DIR, '../shared/corpus');
export const hasFullCorpus = existsSync(FULL_CORPUS_DIR);

/** A corpus document by name: the carried copy where there is one, else the whole corpus's. */
export function corpusPath(name: string): string {
  const carried = join(FIXTURE_CORPUS_DIR, name);
  return existsSync(carried) ? carried : join(FULL_CORPUS_DIR, name);
}

function documentsIn(folder: string, extension?: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== 'README.md' && (!extension || name.endsWith(extension)))
    .sort();
}

/** The documents carried in test/fixtures/corpus. */
export function corpusFiles(extension?: string): string[] {
  return documentsIn(FIXTURE_CORPUS_DIR, extension);
}

/** Every document of the whole corpus; only inside `describeWithFullCorpus`. */
export function fullCorpusFiles(extension?: string): string[] {
  return documentsIn(FULL_CORPUS_DIR, extension);
}

/**
 * Describes tests that need the whole corpus. In CI its absence fails the
 * suite; elsewhere the suite is skipped and its title says why, so a skip is
 * never silent.
 */
export function describeWithFullCorpus(name: string, body: () => void): void {
  if (hasFullCorpus) describe(name, body);
  else if (inCI) {
    describe(name, () => {
      throw new Error(`CI needs the whole corpus at ${FULL_CORPUS_DIR}`);
    });
  } else {
    // The body reads the corpus while collecting, so a placeholder stands in for its tests.
    describe.skip(`${name} [skipped: the whole corpus is not beside the project (../shared/corpus); runs in CI]`, () => {
      it('runs on the whole corpus', () => undefined);
    });
  }
}

/**
 * Runs the same tests on the carried documents, always, and on the whole
 * corpus where it is present. `whole` tells the body which set it has.
 */
export function describeCorpus(name: string, body: (files: string[], whole: boolean) => void): void {
  describe(`${name} (carried documents)`, () => body(corpusFiles(), false));
  describeWithFullCorpus(`${name} (whole corpus)`, () => body(fullCorpusFiles(), true));
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
