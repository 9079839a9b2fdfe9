import { formatChineseNumeral, toHalfWidthDigits } from '../../plan/chinese-numerals.js';
import type { Marker, Section } from '../../plan/types.js';
import type { TextEdit } from '../diagnostic.js';
import { shortLevelName } from '../../plan/levels.js';
import { shownMarker } from '../marker-text.js';
import { docsUrl, type OptionsOf, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'numbering-style';

const optionsSchema = {
  type: 'object',
  properties: {
    arabic: {
      enum: ['consistent', '1.', '1、'],
      description:
        '三级编号的写法：consistent（全文统一，以多数为准）、“1.”（GB/T 9704）或“1、” / level-3 form: consistent (the majority wins), 1. (GB/T 9704) or 1、',
    },
  },
  additionalProperties: false,
} as const;

type ArabicPreference = OptionsOf<typeof optionsSchema>['arabic'];

export const rule: Rule<OptionsOf<typeof optionsSchema>> = {
  meta: {
    id,
    description: {
      zh: '每一级编号使用规范写法：“一、”“（一）”（全角括号，括号后不加“、”）“1.”或“1、”（全文统一）“（1）”“①”',
      en: 'Each level uses its canonical marker: 一、, （一） (full-width brackets, nothing after them), 1. or 1、 (one form per document), （1）, ①',
    },
    rationale: {
      zh: 'GB/T 9704—2012 7.3.3 规定层次序数为“一、”“（一）”“1.”“（1）”；GB/T 15834—2011 4.5.3.5：序次语之后用顿号，括号序号后不再加顿号。“1、”虽不合国标但常见，默认只要求全文统一，可用选项 arabic 指定“1.”或“1、”。',
      en: 'GB/T 9704-2012 7.3.3 gives the markers 一、, （一）, 1., （1）; GB/T 15834-2011 4.5.3.5 puts 、 after an ordinal but nothing after a bracketed one. 1、 is common though not standard: by default the rule only asks for one form per document; the `arabic` option picks 1. or 1、.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema,
    defaultOptions: { arabic: 'consistent' },
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n一.工作目标\n\n(一)加强领导\n\n（二）、完善制度\n',
          messages: [
            '一级标题编号写法不规范：期望“一、”，实际“一.”',
            '二级标题编号写法不规范：期望“（一）”，实际“(一)”',
            '二级标题编号写法不规范：期望“（二）”，实际“（二）、”',
          ],
        },
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n1、完成申报。\n\n2、组织培训。\n\n3.开展评估。\n',
          messages: ['三级标题编号写法不统一：期望“3、”，实际“3.”'],
        },
        { text: '# 2027年工作计划\n\n一、工作目标\n\n1、完成申报。\n', options: { arabic: '1.' }, messages: ['三级标题编号写法不规范：期望“1.”，实际“1、”'] },
      ],
      pass: [
        { text: '# 2027年工作计划\n\n一、工作目标\n\n（一）加强领导\n\n1、完成申报。\n\n2、组织培训。\n\n（1）按月调度。\n\n①明确分工。\n' },
        { text: '# 2027年工作计划\n\n一、工作目标\n\n1. 完成申报。\n\n2. 组织培训。\n', options: { arabic: '1.' } },
      ],
    },
  },
  check(context) {
    const sections = context.facts.sections.map((visit) => visit.section).filter((section) => section.marker && !section.marker.generated);
    const arabic = arabicStyle(sections, context.options.arabic);
    for (const section of sections) {
      const marker = section.marker as Marker;
      const canonical = canonicalMarker(marker, arabic.style);
      if (canonical === null || canonical === marker.raw) continue;
      const name = shortLevelName(section.level);
      const onlyInconsistent =
        marker.level === 3 && arabic.preference === 'consistent' && (marker.punctuation === '.' || marker.punctuation === '、') && marker.digitWidth === 'half';
      const what = onlyInconsistent ? { zh: '写法不统一', en: 'is written inconsistently' } : { zh: '写法不规范', en: 'is not in the standard form' };
      context.report({
        message: {
          zh: `${name.zh}编号${what.zh}：期望“${canonical}”，实际“${shownMarker(marker)}”`,
          en: `The ${name.en} marker ${what.en}: expected "${canonical}", found "${shownMarker(marker)}"`,
        },
        position: marker.position ?? section.headingPosition,
        ...fixFor(context, marker, canonical),
      });
    }
  },
};

/** The level-3 punctuation the document should use, and where that choice came from. */
function arabicStyle(sections: readonly Section[], preference: ArabicPreference): { style: '.' | '、'; preference: ArabicPreference } {
  if (preference === '1.') return { style: '.', preference };
  if (preference === '1、') return { style: '、', preference };
  let dots = 0;
  let commas = 0;
  let first: '.' | '、' | null = null;
  for (const section of sections) {
    const punctuation = section.marker?.level === 3 ? section.marker.punctuation : '';
    if (punctuation === '.' || punctuation === '、') {
      first ??= punctuation;
      if (punctuation === '.') dots += 1;
      else commas += 1;
    }
  }
  const style = dots === commas ? (first ?? '.') : dots > commas ? '.' : '、';
  return { style, preference };
}

function canonicalMarker(marker: Marker, arabic: '.' | '、'): string | null {
  const chinese = /^[0-9０-９]+$/.test(marker.ordinalText) ? formatChineseNumeral(marker.ordinal) : marker.ordinalText;
  const digits = toHalfWidthDigits(marker.ordinalText);
  switch (marker.form) {
    case 'part-ordinal':
      return `第${chinese}篇`;
    case 'part-suffix':
      return null;
    case 'chapter':
      return `第${chinese}章`;
    case 'section':
      return `第${chinese}节`;
    case 'chinese':
      return `${marker.ordinalText}、`;
    case 'paren-chinese':
      return `（${marker.ordinalText}）`;
    case 'arabic':
      return `${digits}${arabic}`;
    case 'paren-arabic':
      return `（${digits}）`;
    case 'circled':
      return marker.ordinalText;
  }
}

/**
 * Replaces the marker's source text. A marker written as `一 ` (a space for a
 * separator) takes its spaces along, so that `一 工作目标` becomes `一、工作目标`.
 */
function fixFor(context: RuleContext<object>, marker: Marker, canonical: string): { fix?: TextEdit[] } {
  const position = marker.position;
  if (!position) return {};
  const written = context.source.slice(position.start.offset, position.end.offset);
  if (written !== marker.raw) return {};
  let end = position.end.offset;
  if (marker.punctuation === ' ' || marker.punctuation === '') {
    while (end < context.source.length && /[ \t\u3000]/.test(context.source[end] as string) && marker.form === 'chinese') end += 1;
  }
  return { fix: [{ start: position.start.offset, end, text: canonical }] };
}
