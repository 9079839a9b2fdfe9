import { toHalfWidthDigits } from '../../plan/chinese-numerals.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'doc-number';

/**
 * 樊科发（2027）第01号, 樊科发[2027]1号, 樊科发〔２０２７〕1号…: after a Han
 * character, which is looked back at from the bracket, so that the search
 * stops only at brackets (see no-pinyin-annotation.ts).
 */
export const DOC_NUMBER = /([〔[【（(［〖])(?<=\p{Script=Han}[〔[【（(［〖])\s*([0-9０-９]{4})\s*([〕\]】）)］〗])\s*(第?)\s*([0-9０-９]+)\s*号/gu;

/** The canonical form of the bracketed part of a document number, or null when it is not one. */
export function canonicalDocNumberTail(written: string): string | null {
  const match = new RegExp(DOC_NUMBER.source, 'u').exec(`文${written}`);
  if (match?.index !== 1 || match[0].length !== written.length) return null;
  const year = toHalfWidthDigits(match[2] ?? '');
  const serial = String(Number.parseInt(toHalfWidthDigits(match[5] ?? '0'), 10));
  return `〔${year}〕${serial}号`;
}

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '发文字号写作“樊科发〔2027〕1号”：年份用六角括号〔〕，序号不加“第”、不编虚位',
      en: 'Document numbers read 樊科发〔2027〕1号: the year in 〔〕 brackets, the serial without 第 and without leading zeros',
    },
    rationale: {
      zh: 'GB/T 9704—2012 7.2.4：发文字号由发文机关代字、年份、发文顺序号组成；年份、发文顺序号用阿拉伯数字标注，年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即 1 不编为 01）。',
      en: 'GB/T 9704-2012 7.2.4: a document number is the issuer code, the year and the serial; the full year sits in 〔〕 brackets, the serial takes no 第 and no leading zeros (1, not 01).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '---\ndocNumber: 樊科发[2027]第01号\n---\n\n# 2027年工作计划\n\n根据樊科发（2026）3号文件要求。\n',
          messages: ['发文字号不规范：期望“樊科发〔2027〕1号”，实际“樊科发[2027]第01号”', '发文字号不规范：期望“〔2026〕3号”，实际“（2026）3号”'],
        },
      ],
      pass: [{ text: '---\ndocNumber: 樊科发〔2027〕1号\n---\n\n# 2027年工作计划\n\n根据樊科发〔2026〕3号文件要求。\n' }],
    },
  },
  check(context) {
    checkFrontMatter(context);
    for (const match of context.facts.prose.matchAll(DOC_NUMBER)) {
      const written = match[0];
      const wanted = canonicalDocNumberTail(written);
      if (wanted === null || wanted === written) continue;
      const start = match.index ?? 0;
      context.report({
        message: {
          zh: `发文字号不规范：期望“${wanted}”，实际“${written}”`,
          en: `Document number not in the standard form: expected "${wanted}", found "${written}"`,
        },
        start,
        end: start + written.length,
        fix: [{ start, end: start + written.length, text: wanted }],
      });
    }
  },
};

function checkFrontMatter(context: RuleContext): void {
  const frontMatter = context.document.frontMatter;
  const value = frontMatter?.data.docNumber;
  if (!frontMatter || value === undefined) return;
  const tail = /[〔[【（(［〖].*$/u.exec(value);
  if (!tail) {
    const place = frontMatter.keyPositions['docNumber'] ?? null;
    context.report({
      message: {
        zh: `发文字号“${value}”缺少用“〔〕”括入的年份，如“樊科发〔2027〕1号”`,
        en: `Document number "${value}" lacks the year in 〔〕 brackets, as in 樊科发〔2027〕1号`,
      },
      position: place,
    });
    return;
  }
  const wantedTail = canonicalDocNumberTail(tail[0]);
  if (wantedTail === null || wantedTail === tail[0]) return;
  const wanted = value.slice(0, tail.index) + wantedTail;
  const keyPosition = frontMatter.keyPositions['docNumber'];
  const found = keyPosition ? context.source.indexOf(value, keyPosition.start.offset) : -1;
  const inRange = keyPosition !== undefined && found !== -1 && found + value.length <= keyPosition.end.offset;
  context.report({
    message: { zh: `发文字号不规范：期望“${wanted}”，实际“${value}”`, en: `Document number not in the standard form: expected "${wanted}", found "${value}"` },
    ...(inRange
      ? { start: found, end: found + value.length, fix: [{ start: found, end: found + value.length, text: wanted }] }
      : { position: keyPosition ?? null }),
  });
}
