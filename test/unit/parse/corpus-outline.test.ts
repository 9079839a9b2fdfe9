import { expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { levelRank } from '../../../src/plan/levels.js';
import type { Section, SectionLevel } from '../../../src/plan/types.js';
import { csvFullText, describeCorpus, linesToMarkdown, readCorpusText } from '../../helpers/corpus.js';

/**
 * An oracle written apart from the parser: what a reader sees as a numbered
 * line. A line is a heading when it starts with one of these; the order
 * matters (（一） before （1）).
 */
const LINE_MARKERS: Array<[SectionLevel, RegExp]> = [
  ['part', /^第[一二三四五六七八九十]+篇/],
  ['chapter', /^第[一二三四五六七八九十]+章/],
  ['section', /^第[一二三四五六七八九十]+节/],
  [2, /^[（(][一二三四五六七八九十]+[）)]/],
  [4, /^[（(][0-9]+[）)]/],
  [1, /^[一二三四五六七八九十]+[、.．，]/],
  [3, /^[0-9]{1,3}[、.．，](?![0-9])/],
  [5, /^[①-⑳]/],
];

interface Heading {
  line: number;
  level: SectionLevel;
  parentLine: number | null;
}

function strip(line: string): string {
  return line.replace(/^[\s\u3000#>*]+/, '').replace(/^\*\*/, '');
}

/** What the reader expects: every marked line, parented by the nearest open higher level. */
function expectedHeadings(markdown: string): Heading[] {
  const headings: Heading[] = [];
  const open: Heading[] = [];
  let inFrontMatter = markdown.startsWith('---\n');
  markdown.split('\n').forEach((raw, index) => {
    if (inFrontMatter) {
      if (index > 0 && raw === '---') inFrontMatter = false;
      return;
    }
    const text = strip(raw);
    // 一、二等奖 / 二、三产业: an ordinal series, not a heading.
    if (/^[一二三四五六七八九十]+[、，][一二三四五六七八九十]+[等产类级期批次线档季]/.test(text)) return;
    const found = LINE_MARKERS.find(([, pattern]) => pattern.test(text));
    const partSuffix = /^[^。，；！？,;]{1,60}?\s*篇\s*[0-9一二三四五六七八九十]+\s*$/.test(text);
    const level = found?.[0] ?? (partSuffix ? 'part' : undefined);
    if (level === undefined) return;
    while (open.length > 0 && levelRank((open[open.length - 1] as Heading).level) >= levelRank(level)) open.pop();
    const heading = { line: index + 1, level, parentLine: open[open.length - 1]?.line ?? null };
    headings.push(heading);
    open.push(heading);
  });
  return headings;
}

function actualHeadings(sections: readonly Section[], parentLine: number | null = null, out: Heading[] = []): Heading[] {
  for (const section of sections) {
    const line = section.headingPosition?.start.line ?? -1;
    out.push({ line, level: section.level, parentLine });
    actualHeadings(section.children, line, out);
  }
  return out;
}

function markdownOf(name: string): string {
  if (name.endsWith('.md')) return readCorpusText(name);
  if (name.endsWith('.csv')) return linesToMarkdown(csvFullText(name));
  return linesToMarkdown(readCorpusText(name));
}

describeCorpus('the corpus outlines match what a reader sees', (files, whole) => {
  const documents = files.filter((name) => /\.(md|txt|csv)$/.test(name));

  it('covers every text document of the corpus', () => {
    expect(documents.length).toBe(whole ? 9 : 4);
  });

  it.each(documents)('%s', (name) => {
    const markdown = markdownOf(name);
    const { document } = parsePlan(markdown, { file: name });
    const expected = expectedHeadings(markdown);
    const actual = actualHeadings(document.sections);
    expect(actual).toEqual(expected);
    expect(actual.length).toBeGreaterThan(5);
  });
});
