import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/parse/inlines.js';
import { matchMarker, matchPartSuffix } from '../../../src/parse/markers.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { escapeParagraph } from '../../../src/import/structure/escape-markdown.js';

/** Pieces of text that Markdown would read as syntax, mixed with Chinese. */
const PIECES = [
  '计划', '#', '*', '**', '_', '`', '``', '<b>', '</b>', '<!--', '-->', '|', '- ', '> ', '---', '===', '1. ', '1) ', '[a](b)',
  '![x](y)', '\\', '&amp;', '&#123;', '~~', '~', 'http://x.y', '<http://x.y>', 'www.gov.cn', 'a@b.cn', 'mailto:x', '   ', '+ ',
  '[^1]', '[x]: y', '$', '{', '}', '!', '"',
];

/** The same pseudo-random sequence on every run. */
function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % limit;
  };
  for (let index = 0; index < count; index += 1) {
    yield Array.from({ length: 1 + next(6) }, () => PIECES[next(PIECES.length)]).join('').trim();
  }
}

describe('escapeParagraph', () => {
  it('reads back as exactly the text, one paragraph, no heading, list, quote, emphasis or tag', () => {
    let checked = 0;
    for (const text of texts(3000)) {
      if (text.length === 0 || matchMarker(text) || matchPartSuffix(text)) continue;
      const document = parsePlan(`${escapeParagraph(text)}\n`).document;
      const [block, ...rest] = document.preamble;
      expect({ text, sections: document.sections.length, title: document.title, rest: rest.length, type: block?.type }).toEqual({
        text,
        sections: 0,
        title: null,
        rest: 0,
        type: 'paragraph',
      });
      const inlines = block!.type === 'paragraph' ? block!.children : [];
      expect(plainText(inlines)).toBe(text);
      // A bare URL may still become a link (GFM finds them in the text afterwards); its text stays the same.
      expect(JSON.stringify(inlines)).not.toMatch(/"type":"(?:image|html|emphasis|strong|delete|inlineCode)"/u);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
