import type { Section } from '../../plan/types.js';
import { markerWithOrdinal, shownMarker } from '../marker-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'numbering-sequence';

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '同一上级下、同一层级的编号应从一开始依次递增，不跳号、不重号',
      en: 'Markers of one level under one parent count up from one, without gaps or duplicates',
    },
    rationale: {
      zh: '审核时最常见的退改原因之一是编号跳号或重号。编号在每个上级标题下重新开始（每篇、每个“一、”下的“（一）”都从头计数）。',
      en: 'Gaps and duplicates in the numbering are among the most common reasons a reviewer sends a plan back. Numbering restarts under each parent (each part, each 一、).',
    },
    defaultSeverity: 'error',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n## 一、工作目标\n\n（一）加强领导。各部门落实责任。\n\n（三）完善制度。建立考核办法。\n',
          messages: ['编号不连续：期望“（二）”，实际“（三）”'],
        },
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n一、重点任务\n',
          messages: ['编号重复：期望“二、”，实际“一、”'],
        },
      ],
      pass: [
        {
          text: '# 2027年工作计划\n\n## 一、工作目标\n\n（一）加强领导。各部门落实责任。\n\n（二）完善制度。建立考核办法。\n\n## 二、保障措施\n\n（一）强化督查。按季度通报。\n',
        },
      ],
    },
  },
  check(context) {
    for (const siblings of context.facts.siblingGroups) checkSiblings(context, siblings);
  },
};

function checkSiblings(context: RuleContext, siblings: readonly Section[]): void {
  const previous = new Map<string, Section>();
  for (const section of siblings) {
    const marker = section.marker;
    if (!marker || marker.generated) continue;
    const key = String(section.level);
    const before = previous.get(key)?.marker;
    previous.set(key, section);
    const expected = before ? before.ordinal + 1 : 1;
    if (marker.ordinal === expected) continue;
    const duplicate = before !== undefined && before !== null && before.ordinal === marker.ordinal;
    const wanted = markerWithOrdinal(marker, expected);
    context.report({
      message: duplicate
        ? { zh: `编号重复：期望“${wanted}”，实际“${shownMarker(marker)}”`, en: `Duplicate number: expected "${wanted}", found "${shownMarker(marker)}"` }
        : { zh: `编号不连续：期望“${wanted}”，实际“${shownMarker(marker)}”`, en: `Numbering gap: expected "${wanted}", found "${shownMarker(marker)}"` },
      position: marker.position ?? section.headingPosition,
    });
  }
}
