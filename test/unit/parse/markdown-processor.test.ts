import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownProcessor, mayUseGfm, parseMarkdown } from '../../../src/parse/markdown-processor.js';
import { csvFullText, describeCorpus, EXAMPLES_DIR, linesToMarkdown, readCorpusText } from '../../helpers/corpus.js';

const withGfm = (text: string): unknown => markdownProcessor(true).parse(text);

function corpusTexts(files: readonly string[]): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const name of readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.md'))) texts.push([name, readFileSync(join(EXAMPLES_DIR, name), 'utf8')]);
  for (const name of files) {
    if (name.endsWith('.txt')) texts.push([name, linesToMarkdown(readCorpusText(name))]);
    else if (name.endsWith('.csv')) texts.push([name, linesToMarkdown(csvFullText(name))]);
    else if (name.endsWith('.md')) texts.push([name, readCorpusText(name)]);
  }
  return texts;
}

describeCorpus('GFM only where a plan could use it, on real documents', (files, whole) => {
  it('gives every example and corpus document the tree full GFM gives', () => {
    const texts = corpusTexts(files);
    expect(texts.length).toBeGreaterThan(whole ? 8 : 6);
    for (const [name, text] of texts) expect(parseMarkdown(text), name).toEqual(withGfm(text));
    // The shortcut is taken: most plans have no GFM at all.
    expect(texts.filter(([, text]) => !mayUseGfm(text)).length).toBeGreaterThan(texts.length / 2);
  });
});

describe('GFM only where a plan could use it', () => {
  it('sees each GFM construct, whatever its case', () => {
    for (const text of [
      '| a | b |\n| - | - |\n| 1 | 2 |\n',
      'a | b\n- | -\n',
      '注[^1]\n\n[^1]: 说明\n',
      '- [ ] 待办\n- [x] 已办\n',
      '~~删除~~',
      '3~5个',
      '一、目标\n:-:\n',
      '一、目标\n-:\n',
      'www.gov.cn',
      'WWW.GOV.CN',
      'Https://gov.cn',
      'office@gov.cn',
      'mailto:office@gov.cn',
    ]) {
      expect(mayUseGfm(text), text).toBe(true);
      expect(parseMarkdown(text), text).toEqual(withGfm(text));
    }
  });

  it('parses look-alikes without GFM exactly as with it', () => {
    const lookAlikes = [
      '一、目标\n---\n',
      '一、目标\n- - -\n',
      '标题\n===\n',
      'gov.cn/zwgk',
      'ftp://gov.cn',
      '（一）加强领导\n-\n',
      '> 引用\n> - 列表\n',
      '```\ncode\n```\n',
      '<div>html</div>\n',
    ];
    for (const text of lookAlikes) {
      expect(mayUseGfm(text), text).toBe(false);
      expect(markdownProcessor(false).parse(text), text).toEqual(withGfm(text));
    }
  });

  it('parses random Markdown-ish texts without a trigger exactly as full GFM does', () => {
    const piece = fc.constantFrom(...'-:*_#>!\n\n \t()<>`.\\=+0123456789wWhHtTpPsSx一二、（）。，：；');
    const texts = fc
      .array(piece, { minLength: 1, maxLength: 60 })
      .map((pieces) => pieces.join(''))
      .filter((text) => !mayUseGfm(text));
    // Each parse builds its tokenizers afresh, so a few hundred runs is what keeps this fast; the seed makes a failure reproducible.
    fc.assert(
      fc.property(texts, (text) => {
        expect(markdownProcessor(false).parse(text)).toEqual(withGfm(text));
      }),
      { seed: 20271, numRuns: 600 },
    );
  });
});
