import type { TextEdit } from '../diagnostic.js';
import { headingTerminators, isStandAlone } from '../heading-terminators.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'cjk-punctuation';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = /\p{Script=Han}/u;
/** Han characters and the full-width punctuation around them. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9%]/;
const LATIN_CONTENT = /^[A-Za-z0-9\s.\-_'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*$/;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '中文之间用全角标点：半角的 , ; : ? ! ( ) 改为 ，；：？！（）；数字、时间、网址和代码中的半角符号不变',
      en: 'Chinese text takes full-width punctuation: half-width , ; : ? ! ( ) become ，；：？！（）; numbers, times, URLs and code keep theirs',
    },
    rationale: {
      zh: 'GB/T 15834—2011 规定中文使用全角标点；半角逗号、冒号多来自从网页或英文输入法复制。数字（1,000、3.5）、时间（3:00）、网址和代码不受影响。',
      en: 'GB/T 15834-2011 prescribes full-width punctuation in Chinese text; half-width commas and colons usually come from web pages or an English input method. Numbers (1,000, 3.5), times (3:00), URLs and code are left alone.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n全年申报项目30项,培育企业5家;会议时间:3月。\n\n各镇(办事处)要落实。\n',
          messages: [
            '中文中应使用全角标点：期望“，”，实际“,”',
            '中文中应使用全角标点：期望“；”，实际“;”',
            '中文中应使用全角标点：期望“：”，实际“:”',
            '中文中应使用全角括号：期望“（办事处）”，实际“(办事处)”',
          ],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n投入资金1,000万元，增长3.5%，会议于3:00开始，详见 https://example.com/a,b 和 `a,b`。\n' }],
    },
  },
  check(context) {
    const skip = new Set<number>();
    for (const terminator of headingTerminators(context.facts)) {
      if (terminator.offset !== null && isStandAlone(terminator.section)) skip.add(terminator.offset);
    }
    for (const line of context.facts.proseLines) {
      checkMarks(context, line.text, line.start, skip);
      checkBrackets(context, line.text, line.start);
    }
  },
};

const MARK = /[,;:?!]/g;

function checkMarks(context: RuleContext, text: string, base: number, skip: ReadonlySet<number>): void {
  for (const match of text.matchAll(MARK)) {
    const index = match.index ?? 0;
    const char = match[0];
    if (skip.has(base + index)) continue;
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    const chineseBefore = CJK_CONTEXT.test(before);
    const chineseAfter = HAN.test(after) && !LATIN_OR_DIGIT.test(before) && before !== '' && before !== '\u0000';
    if (!chineseBefore && !chineseAfter) continue;
    const wanted = FULL_WIDTH[char] as string;
    let end = index + 1;
    // `求新? 务实`: the space after a half-width mark goes with it, full-width marks carry their own.
    while (text[end] === ' ') end += 1;
    if (end === text.length) end = index + 1;
    context.report({
      message: {
        zh: `中文中应使用全角标点：期望“${wanted}”，实际“${char}”`,
        en: `Use full-width punctuation in Chinese text: expected "${wanted}", found "${char}"`,
      },
      start: base + index,
      end: base + index + 1,
      fix: [{ start: base + index, end: base + end, text: wanted }],
    });
  }
}

/** Half-width brackets around Chinese text; brackets around pinyin or Latin text are other rules' business. */
function checkBrackets(context: RuleContext, text: string, base: number): void {
  if (!text.includes('(') && !text.includes(')')) return;
  const open: Array<{ index: number; char: string }> = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === '(' || char === '（') {
      open.push({ index, char });
      continue;
    }
    if (char !== ')' && char !== '）') continue;
    const start = open.pop();
    if (!start) continue;
    if (start.char === '（' && char === '）') continue;
    const content = text.slice(start.index + 1, index);
    if (LATIN_CONTENT.test(content) || !HAN.test(content)) continue;
    const edits: TextEdit[] = [];
    if (start.char === '(') edits.push({ start: base + start.index, end: base + start.index + 1, text: '（' });
    if (char === ')') edits.push({ start: base + index, end: base + index + 1, text: '）' });
    const written = text.slice(start.index, index + 1);
    const wanted = `（${content}）`;
    context.report({
      message: {
        zh: `中文中应使用全角括号：期望“${wanted}”，实际“${written}”`,
        en: `Use full-width brackets in Chinese text: expected "${wanted}", found "${written}"`,
      },
      start: base + start.index,
      end: base + index + 1,
      fix: edits,
    });
  }
}
