import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { mayChangeInSimplified, toSimplified } from '../../../src/check/traditional-to-simplified.js';
import { csvFullText, describeCorpus, readCorpusText } from '../../helpers/corpus.js';

const opencc = Converter({ from: 't', to: 'cn' });

function corpusLines(files: readonly string[]): string[] {
  const lines: string[] = [];
  for (const name of files) {
    if (name.endsWith('.txt') || name.endsWith('.md')) lines.push(...readCorpusText(name).split('\n'));
    else if (name.endsWith('.csv')) lines.push(...csvFullText(name).split('\n'));
  }
  return lines.filter((line) => line.trim() !== '');
}

/** Every character of the CJK blocks a plan could hold: unified ideographs, extension A, compatibility ideographs, extension B. */
function hanCharacters(): string[] {
  const chars: string[] = [];
  for (const [from, to] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0x20000, 0x2a6df],
  ] as const) {
    for (let code = from; code <= to; code += 1) chars.push(String.fromCodePoint(code));
  }
  return chars;
}

describe('traditional to simplified', () => {
  it('converts every CJK character as OpenCC’s own t → cn converter does', () => {
    const chars = hanCharacters();
    expect(chars.map(toSimplified)).toEqual(chars.map(opencc));
  });

  it('skips only characters that OpenCC leaves unchanged', () => {
    for (const char of hanCharacters()) if (!mayChangeInSimplified(char)) expect(opencc(char), char).toBe(char);
    expect(mayChangeInSimplified('认真做好年度計劃的实施工作')).toBe(true);
  });

  it('finds phrases made only of characters that are unchanged alone', () => {
    for (const phrase of ['反覆', '瞭解', '藉口']) {
      expect(opencc(phrase)).not.toBe(phrase);
      expect(mayChangeInSimplified(`请${phrase}研究`)).toBe(true);
    }
    expect(mayChangeInSimplified('认真做好年度计划的实施工作')).toBe(false);
  });
});

describeCorpus('traditional to simplified on real documents', (files) => {
  const lines = corpusLines(files);

  it('converts every line as OpenCC’s own t → cn converter does', () => {
    for (const line of lines) expect(toSimplified(line)).toBe(opencc(line));
  });

  it('skips only lines that OpenCC leaves unchanged', () => {
    let skipped = 0;
    for (const line of lines) {
      if (mayChangeInSimplified(line)) continue;
      skipped += 1;
      expect(opencc(line), line).toBe(line);
    }
    // Not vacuous: most lines of the (simplified) corpus are skipped, and the seed's traditional ones are not.
    expect(skipped).toBeGreaterThan(lines.length / 2);
    expect(lines.filter((line) => mayChangeInSimplified(line)).length).toBeGreaterThan(0);
  });
});
