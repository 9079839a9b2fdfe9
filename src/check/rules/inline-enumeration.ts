import { parseChineseNumeral, parseCircledNumeral, formatChineseNumeral, formatCircledNumeral } from '../../plan/chinese-numerals.js';
import type { Block } from '../../plan/types.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'inline-enumeration';

/**
 * `一是` after the start of a paragraph or a punctuation mark: `统一是` and
 * `唯一是` are words, not enumerations. What comes before the numeral is
 * looked back at from its first character, so that the search stops only at
 * numerals (see no-pinyin-annotation.ts).
 */
export const SHI = /([一二三四五六七八九十](?<=(?:^|[\u0000\s。；;，,：:！？!?、”）)])[一二三四五六七八九十])[一二三四五六七八九十]{0,2})是/g;
const CIRCLED = /[\u2460-\u2473]/g;

interface Item {
  ordinal: number;
  start: number;
  end: number;
  written: string;
}

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '段内列举“一是……二是……”和“①……②……”应按顺序排列，不跳号、不重号',
      en: 'Enumerations inside paragraphs (一是…二是…, ①…②…) count up in order, without gaps or duplicates',
    },
    rationale: {
      zh: '段内列举不是层次标题，但审核同样会检查其顺序；列举在每个标题下重新开始，“一是”出现即重新计数。',
      en: 'Inline enumerations are not headings, but a reviewer checks their order too; they restart under each heading and whenever 一是 appears.',
    },
    defaultSeverity: 'warning',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n一是完成申报；二是组织培训；四是开展评估。\n',
          messages: ['段内列举顺序不对：期望“三是”，实际“四是”'],
        },
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n主要做好三件事：①完成申报；②组织培训；②开展评估。\n',
          messages: ['段内列举顺序不对：期望“③”，实际“②”'],
        },
      ],
      pass: [
        { text: '# 2027年工作计划\n\n一、工作目标\n\n一是完成申报；二是组织培训。\n\n三是开展评估。统一是前提。\n' },
        { text: '# 2027年工作计划\n\n一、工作目标\n\n①完成申报；②组织培训；③开展评估。\n' },
      ],
    },
  },
  check(context) {
    checkBlocks(context, context.document.preamble);
    for (const { section } of context.facts.sections) checkBlocks(context, section.body);
  },
};

/** One scope per heading: the paragraphs of a section body, in order. */
function checkBlocks(context: RuleContext, blocks: readonly Block[]): void {
  const shi: Item[] = [];
  const circled: Item[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' || !block.position) continue;
    const text = context.facts.prose.slice(block.position.start.offset, block.position.end.offset);
    const base = block.position.start.offset;
    for (const match of text.matchAll(SHI)) {
      const ordinal = parseChineseNumeral(match[1] ?? '');
      if (ordinal !== null) shi.push({ ordinal, start: base + (match.index ?? 0), end: base + (match.index ?? 0) + match[0].length, written: match[0] });
    }
    for (const match of text.matchAll(CIRCLED)) {
      const ordinal = parseCircledNumeral(match[0]);
      if (ordinal !== null) circled.push({ ordinal, start: base + (match.index ?? 0), end: base + (match.index ?? 0) + 1, written: match[0] });
    }
  }
  report(context, shi, (ordinal) => `${formatChineseNumeral(ordinal)}是`);
  report(context, circled, formatCircledNumeral);
}

function report(context: RuleContext, items: readonly Item[], format: (ordinal: number) => string): void {
  let previous: Item | null = null;
  for (const item of items) {
    // A new 一是 (or ①) starts a new enumeration.
    if (item.ordinal === 1 || previous === null) {
      previous = item;
      continue;
    }
    const expected = previous.ordinal + 1;
    if (item.ordinal !== expected) {
      context.report({
        message: {
          zh: `段内列举顺序不对：期望“${format(expected)}”，实际“${item.written}”`,
          en: `Enumeration out of order: expected "${format(expected)}", found "${item.written}"`,
        },
        start: item.start,
        end: item.end,
      });
    }
    previous = item;
  }
}
