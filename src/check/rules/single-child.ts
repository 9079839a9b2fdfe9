import { describeSection } from '../level-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'single-child';

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '只有一个下级标题时不必分级',
      en: 'A heading with a single sub-heading needs no sub-level',
    },
    rationale: {
      zh: '分级是为了并列多项；只有“（一）”而没有“（二）”，通常是漏写或可以并入上级。仅作提示。',
      en: 'Levels exist to list several items side by side; a （一） without a （二） is usually something missing or something to merge into its parent. Information only.',
    },
    defaultSeverity: 'info',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n（一）加强领导。各部门落实责任。\n\n二、保障措施\n\n（一）强化督查。按季度通报。\n\n（二）严格考核。年底评比。\n',
          messages: ['“一、”（一级标题）下只有一个下级标题“（一）”（二级标题）：可并入上级，或补齐其他各项'],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n一、工作目标\n\n（一）加强领导。各部门落实责任。\n\n（二）完善制度。建立考核办法。\n' }],
    },
  },
  check(context) {
    for (const { section } of context.facts.sections) {
      const [only, ...others] = section.children;
      if (!only || others.length > 0) continue;
      const parent = describeSection(section);
      const child = describeSection(only);
      context.report({
        message: {
          zh: `${parent.zh}下只有一个下级标题${child.zh}：可并入上级，或补齐其他各项`,
          en: `${parent.en} has a single sub-heading ${child.en}: merge it into its parent or add the others`,
        },
        position: only.marker?.position ?? only.headingPosition,
      });
    }
  },
};
