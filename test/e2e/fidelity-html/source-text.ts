/** Characters a printed plan must show: Chinese characters, full-width punctuation, Latin letters and digits. */
const printable = /[\p{Script=Han}，。、；：？！“”‘’（）《》〔〕【】0-9A-Za-z%]/u;

/** How often each printable character occurs in `text`. */
export function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of text) {
    if (printable.test(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return counts;
}

/** The text a plan's body prints: the Markdown without its front matter, table rulers and markup. */
export function bodyText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}/.test(line))
    .join('\n');
}

/** Characters of `expected` that `printed` has fewer of: each with how many are missing. */
export function missingCharacters(expected: string, printed: string): Record<string, number> {
  const have = characterCounts(printed);
  const missing: Record<string, number> = {};
  for (const [character, count] of characterCounts(expected)) {
    const short = count - (have.get(character) ?? 0);
    if (short > 0) missing[character] = short;
  }
  return missing;
}

/** The headings a plan writes on a line of their own (`## 一、…`, or a marker line with no sentence after it). */
export function standaloneHeadings(markdown: string): string[] {
  return bodyText(markdown)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^#{2,6}\s/.test(line) || /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。！？]{1,26}$/u.test(line))
    .map((line) => line.replace(/^#+\s*/, ''));
}
