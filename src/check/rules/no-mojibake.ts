import { repairShiftedGbk } from '../gbk.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'no-mojibake';

/** Replacement characters and the classic GBK/UTF-8 garbage: 锟斤拷, 烫烫烫, 屯屯屯. */
const KNOWN = /\ufffd+|(?:锟斤拷)+|烫烫烫+|屯屯屯+|(?:[\u00c0-\u00ef][\u0080-\u00bf\u2013-\u203a\u0152-\u0192]){2,}/g;
/**
 * Characters a Chinese plan never holds amid Han text, but that GBK bytes
 * read from the wrong offset turn into: bopomofo, box drawing, kana,
 * Greek and Cyrillic, private use.
 */
const SUSPECT = /[\u3100-\u312f\u2500-\u257f\u3040-\u30ff\u0391-\u03c9\u0410-\u044f\ue000-\uf8ff]/u;
const HAN = /\p{Script=Han}/u;
/** A run of non-ASCII text around a suspect character. */
const RUN = /[^\x00-\x7f\s]+/g;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '不得有乱码：替换字符“�”、“锟斤拷”、错位解码的 GBK/Big5 文字',
      en: 'No mojibake: the replacement character �, 锟斤拷, GBK/Big5 text decoded from the wrong byte',
    },
    rationale: {
      zh: '编码转换出错的文字无法阅读，也无法自动修复（丢失的字节找不回来）；规则尽量给出原文的推测，供人工核对后改正。',
      en: 'Text garbled by a wrong encoding cannot be read and cannot be fixed automatically (the lost bytes are gone); the rule offers its best guess of the original for a person to confirm.',
    },
    defaultSeverity: 'error',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n。ㄆ撸┳龊-2027年度考核迎检工作。\n\n锟斤拷工作\n',
          messages: ['疑似乱码“。ㄆ撸┳龊”（GBK 错位解码），原文可能是“（七）做”：请对照原件改正', '乱码“锟斤拷”：请对照原件改正'],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n全年完成各项任务，α 系数 0.5。\n' }],
    },
  },
  check(context) {
    const prose = context.facts.prose;
    for (const match of prose.matchAll(KNOWN)) {
      const start = match.index ?? 0;
      context.report({
        message: { zh: `乱码“${match[0]}”：请对照原件改正`, en: `Mojibake "${match[0]}": correct it from the original` },
        start,
        end: start + match[0].length,
      });
    }
    for (const match of prose.matchAll(RUN)) {
      const text = match[0];
      if (!SUSPECT.test(text) || !HAN.test(text)) continue;
      const chars = [...text];
      const suspects = chars.map((char, index) => (SUSPECT.test(char) ? index : -1)).filter((index) => index !== -1);
      // One Greek letter in a formula is not garbage; two odd characters amid Han text are.
      if (suspects.length < 2 && !/[\u3100-\u312f\u2500-\u257f]/.test(text)) continue;
      // The garbled stretch: one character before the first odd one to one after the last.
      const from = Math.max(0, (suspects[0] ?? 0) - 1);
      const to = Math.min(chars.length, (suspects[suspects.length - 1] ?? 0) + 2);
      const run = chars.slice(from, to).join('');
      const start = (match.index ?? 0) + chars.slice(0, from).join('').length;
      const guess = repairShiftedGbk(run);
      const plausible = guess !== null && !SUSPECT.test(guess) && HAN.test(guess);
      context.report({
        message: plausible
          ? {
              zh: `疑似乱码“${run}”（GBK 错位解码），原文可能是“${guess}”：请对照原件改正`,
              en: `Probable mojibake "${run}" (GBK decoded from the wrong byte), perhaps "${guess}": correct it from the original`,
            }
          : { zh: `疑似乱码“${run}”：请对照原件改正`, en: `Probable mojibake "${run}": correct it from the original` },
        start,
        end: start + run.length,
      });
    }
  },
};
