import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'no-pinyin-annotation';

/**
 * `計(jì)劃`, `规（guī）划`: a Han character followed by a bracketed syllable
 * that carries a tone mark (or ü). Plain Latin in brackets (`(PC)`) is left alone.
 * The bracket comes first and the character before it is looked back at:
 * a pattern that opens with a look-behind is tried at every position of a
 * plan, one that opens with a bracket only where there is one (4× faster).
 */
export const ANNOTATION = /[(（](?<=[\p{Script=Han}A-Za-z][(（])\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6})\s*[)）]/gu;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '正文中不应夹带拼音注音，如“計(jì)劃”',
      en: 'No pinyin annotations in the text, such as 計(jì)劃',
    },
    rationale: {
      zh: '从网页复制的文字常带有逐字拼音注音，打印出来即是差错。删除注音不改变正文。',
      en: 'Text copied from web pages often keeps per-character pinyin annotations, which print as mistakes. Removing them leaves the text itself unchanged.',
    },
    defaultSeverity: 'error',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n认真做好年度计(jì)划的实施（shí）工作。\n',
          messages: ['正文中夹带拼音注音“(jì)”：请删除', '正文中夹带拼音注音“（shí）”：请删除'],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n完善网站(PC端)功能，推进“互联网+”(internet)应用。\n' }],
    },
  },
  check(context) {
    for (const match of context.facts.prose.matchAll(ANNOTATION)) {
      if (!TONE.test(match[1] ?? '')) continue;
      const start = match.index ?? 0;
      const end = start + match[0].length;
      context.report({
        message: { zh: `正文中夹带拼音注音“${match[0]}”：请删除`, en: `Pinyin annotation "${match[0]}" in the text: remove it` },
        start,
        end,
        fix: [{ start, end, text: '' }],
      });
    }
  },
};
