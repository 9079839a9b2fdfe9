import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CHINESE, dateMatches, WRITTEN, type DateMatch } from '../../../../src/check/rules/date-format.js';
import { DOC_NUMBER } from '../../../../src/check/rules/doc-number.js';
import { SHI } from '../../../../src/check/rules/inline-enumeration.js';
import { ANNOTATION } from '../../../../src/check/rules/no-pinyin-annotation.js';
import { describeCorpus, EXAMPLES_DIR, readCorpusText } from '../../../helpers/corpus.js';

/**
 * Some rules search with patterns that look back from their first
 * character instead of opening with a look-behind (which V8 tries at every
 * position of a plan), and date-format from a date's 年 instead of its
 * year. Each must find exactly what the first form finds: the same places,
 * the same groups.
 */
const PAIRS: Array<{ name: string; pattern: RegExp; reference: RegExp; pieces: string[] }> = [
  {
    name: 'no-pinyin-annotation',
    pattern: ANNOTATION,
    reference: /(?<=[\p{Script=Han}A-Za-z])[(（]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6})\s*[)）]/gu,
    pieces: [...'計划a(（)） jìguīǚ1。'],
  },
  {
    name: 'doc-number',
    pattern: DOC_NUMBER,
    reference: /(?<=\p{Script=Han})([〔[【（(［〖])\s*([0-9０-９]{4})\s*([〕\]】）)］〗])\s*(第?)\s*([0-9０-９]+)\s*号/gu,
    pieces: ['发', '文', 'a', ' ', '〔2027〕', '（２０２７）', '[2027]', '(2027 )', '〔202〕', '〔', '〕', '2027', '第', '01', '1', '号', '1号'],
  },
  {
    name: 'inline-enumeration',
    pattern: SHI,
    reference: /(?<=^|[\u0000\s。；;，,：:！？!?、”）)])([一二三四五六七八九十]{1,3})是/g,
    pieces: [...'一二十是统，。\n )第'],
  },
];

function matches(pattern: RegExp, text: string): Array<[number, ...Array<string | undefined>]> {
  return [...text.matchAll(pattern)].map((match) => [match.index ?? -1, ...match]);
}

/** Every corpus text and example, and random strings of the pieces each pattern turns on. */
function texts(files: readonly string[], pieces: readonly string[]): string[] {
  const all = files.filter((name) => /\.(txt|md|csv|html?)$/.test(name)).map(readCorpusText);
  all.push(
    ...readdirSync(EXAMPLES_DIR)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(EXAMPLES_DIR, name), 'utf8')),
  );
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let index = 0; index < 3000; index += 1) {
    let text = '';
    for (let length = Math.floor(random() * 24); length > 0; length -= 1) text += pieces[Math.floor(random() * pieces.length)];
    all.push(text);
  }
  return all;
}

/** The date as the year-first pattern reports it, for comparison with `dateMatches`. */
function yearFirst(pattern: RegExp, text: string): DateMatch[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index ?? -1,
    written: match[0],
    year: match[1] ?? '',
    month: match[2] ?? '',
    day: match[3],
  }));
}

const DATES: Array<{ name: string; pattern: RegExp; reference: RegExp; pieces: string[] }> = [
  {
    name: 'date-format (Arabic)',
    pattern: WRITTEN,
    reference: /([0-9０-９]{4})年([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?/g,
    pieces: ['2027', '2027年', '２０２７年', '12027年', '１２３', '0', '1', '01月', '12月', '5日', '12日', '年', '月', '日', '号', '第', ' ', '，'],
  },
  {
    name: 'date-format (Chinese numerals)',
    pattern: CHINESE,
    reference: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})[日号])?/g,
    pieces: ['二〇二七', '二〇二七年', '一二〇二七年', '〇', '零', '一', '十', '九', '一月', '十二月', '五日', '三十一号', '年', '月', '日', '号', '是', '，'],
  },
];

describeCorpus('patterns that look back from their first character', (files) => {
  it.each(DATES)('$name finds from the 年 what the year-first form finds', ({ pattern, reference, pieces }) => {
    let found = 0;
    for (const text of texts(files, pieces)) {
      const expected = yearFirst(reference, text);
      expect([...dateMatches(text, pattern)]).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(50);
  });

  it.each(PAIRS)('$name finds what the look-behind-first form finds', ({ pattern, reference, pieces }) => {
    let found = 0;
    for (const text of texts(files, pieces)) {
      const expected = matches(reference, text);
      expect(matches(pattern, text)).toEqual(expected);
      found += expected.length;
    }
    // The texts did hold matches: the comparison was not of empty lists.
    expect(found).toBeGreaterThan(50);
  });
});
