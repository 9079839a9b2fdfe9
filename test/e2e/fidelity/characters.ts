import { execFileSync } from 'node:child_process';

/** The text of a .docx's body, from its `w:t` elements (what the document asks to print). */
export function docxText(docx: string): string {
  const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1] as string)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** How many times each non-space character occurs. */
export function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) if (!/\s/u.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** Characters printed fewer times than the document holds them, each with both counts. */
export function missingCharacters(expected: string, printed: string): Array<{ char: string; expected: number; printed: number }> {
  const want = characterCounts(expected);
  const have = characterCounts(printed);
  return [...want].filter(([char, count]) => (have.get(char) ?? 0) < count).map(([char, count]) => ({ char, expected: count, printed: have.get(char) ?? 0 }));
}

/** Chinese and ASCII punctuation marks. */
export const PUNCTUATION = /[，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!()%]/u;
