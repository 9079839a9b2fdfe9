import type { Section } from '../../plan/types.js';
import { describeSection } from '../level-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'no-empty-section';

/**
 * A heading with nothing below it. An item that is itself a statement
 * (`1、做好申报工作。`, closed by 。 or ；) is content, not an empty heading.
 */
function isEmptyHeading(section: Section): boolean {
  if (section.body.length > 0 || section.children.length > 0 || section.runIn) return false;
  const statement = section.title.terminator !== null && /[。；;！？!?]/.test(section.title.terminator);
  return section.headingSource === 'heading' || !statement;
}

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '标题下应有内容：不要留下没有正文、也没有下级标题的空标题',
      en: 'A heading has content: no heading without body text or sub-headings',
    },
    rationale: {
      zh: '空标题多是起草时留下的提纲。以句号或分号结尾的条目（如“1、做好申报工作。”）本身就是内容，不算空标题。',
      en: 'Empty headings are usually an outline left from drafting. An item closed by 。 or ； (such as 1、做好申报工作。) is content in itself and is not reported.',
    },
    defaultSeverity: 'warning',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n## 一、工作目标\n\n## 二、重点任务\n\n（一）加强领导。各部门落实责任。\n',
          messages: ['“一、”（一级标题）下没有内容：请补写正文或下级标题，或删除该标题'],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n一、工作目标\n\n1、完成项目申报。\n\n2、组织技术培训；\n' }],
    },
  },
  check(context) {
    for (const { section } of context.facts.sections) {
      if (!isEmptyHeading(section)) continue;
      const name = describeSection(section);
      context.report({
        message: {
          zh: `${name.zh}下没有内容：请补写正文或下级标题，或删除该标题`,
          en: `${name.en} has no content: write its body or sub-headings, or remove it`,
        },
        position: section.headingPosition ?? section.marker?.position ?? null,
      });
    }
  },
};
