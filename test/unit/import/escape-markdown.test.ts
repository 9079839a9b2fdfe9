import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/parse/inlines.js';
import { matchMarker, matchPartSuffix } from '../../../src/parse/markers.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { escapeParagraph } from '../../../src/import/structure/escape-markdown.js';

/** Pieces of text that Markdown would read as syntax, mixed with Chinese. */
const PIECES = [
  '计划',
  '#',
  '*',
  '**',
  '_',
  '`',
  '``',
  '<b>',
  '</b>',
  '<!--',
  '-->',
  '|',
  '- ',
  '> ',
  '---',
  '===',
  '1. ',
  '1) ',
  '[a](b)',
  '![x](y)',
  '\\',
  '&amp;',
  '&#123;',
  '~~',
  '~',
  'http://x.y',
  '<http://x.y>',
  'www.gov.cn',
  'a@b.cn',
  'mailto:x',
  '   ',
  '+ ',
  '[^1]',
  '[x]: y',
  '$',
  '{',
  '}',
  '!',
  '"',
];

/**
 * Texts of one to six pieces. Each parse builds its tokenizers afresh, so the
 * runs are bounded to keep this test fast; the seed makes it the same run everywhere.
 */
const texts = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join('').trim())
  .filter((text) => text.length > 0 && !matchMarker(text) && !matchPartSuffix(text));

describe('escapeParagraph', () => {
  it('reads back as exactly the text, one paragraph, no heading, list, quote, emphasis or tag', () => {
    fc.assert(
      fc.property(texts, (text) => {
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
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
