import { isHigherLevel } from '../../plan/levels.js';
import type { Section } from '../../plan/types.js';
import { describeSection } from '../level-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'numbering-order';

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '层级不可颠倒：进入下级编号后，在同一上级内不能再回到更高一级的编号',
      en: 'Levels are never reversed: after a lower level, a higher one does not return under the same parent',
    },
    rationale: {
      zh: 'GB/T 15834—2011 附录 B.3.8：层次序号依次为“一、”“（一）”“1.”“（1）”，下级序号之后不应再出现上级序号。',
      en: 'GB/T 15834-2011 B.3.8: the markers go 一、, （一）, 1., （1） in that order; after a lower level a higher one must not follow within it.',
    },
    defaultSeverity: 'error',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n1、完成项目申报。\n\n（一）加强领导。各部门落实责任。\n',
          messages: ['层级颠倒：“（一）”（二级标题）出现在同一上级下的“1、”（三级标题）之后'],
        },
      ],
      pass: [
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n（一）加强领导\n\n1、完成项目申报。\n\n（二）完善制度\n\n1、建立考核办法。\n',
        },
      ],
    },
  },
  check(context) {
    for (const siblings of context.facts.siblingGroups) checkSiblings(context, siblings);
  },
};

function checkSiblings(context: RuleContext, siblings: readonly Section[]): void {
  let lowest: Section | null = null;
  for (const section of siblings) {
    if (lowest && isHigherLevel(section.level, lowest.level)) {
      const current = describeSection(section);
      const before = describeSection(lowest);
      context.report({
        message: {
          zh: `层级颠倒：${current.zh}出现在同一上级下的${before.zh}之后`,
          en: `Reversed levels: ${current.en} follows ${before.en} under the same parent`,
        },
        position: section.marker?.position ?? section.headingPosition,
      });
      continue;
    }
    if (!lowest || isHigherLevel(lowest.level, section.level)) lowest = section;
  }
}
