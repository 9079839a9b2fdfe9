import { headingTerminators, isStandAlone } from '../heading-terminators.js';
import { describeSection } from '../level-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'heading-punctuation';

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '单独成行的标题末尾不加标点；与正文同段的标题（段内标题）以“。”结尾',
      en: 'A heading on its own line ends without punctuation; a run-in heading (followed by its body on the same line) ends with 。',
    },
    rationale: {
      zh: '公文写作惯例：独立成行的层次标题末尾不加句号、冒号；标题与正文接排时，标题后用句号隔开（如“（一）加强领导。各部门……”）。',
      en: 'Official-document practice: a heading on its own line carries no full stop or colon; a heading run into its body is closed by 。 (（一）加强领导。各部门……).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n一、工作目标：\n\n全年完成各项任务。\n\n（一）加强领导：各部门落实责任。\n',
          messages: ['单独成行的标题末尾不应有标点：“一、”（一级标题）以“：”结尾', '段内标题应以“。”结尾：“（一）”（二级标题）以“：”结尾'],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n一、工作目标\n\n（一）加强领导。各部门落实责任。\n\n1、完成项目申报。\n' }],
    },
  },
  check(context) {
    for (const { section, char, offset } of headingTerminators(context.facts)) {
      const name = describeSection(section);
      const place = offset === null ? { position: section.headingPosition } : { start: offset, end: offset + 1 };
      if (isStandAlone(section)) {
        context.report({
          message: {
            zh: `单独成行的标题末尾不应有标点：${name.zh}以“${char}”结尾`,
            en: `A heading on its own line ends without punctuation: ${name.en} ends with "${char}"`,
          },
          ...place,
          ...(offset === null ? {} : { fix: [{ start: offset, end: offset + 1, text: '' }] }),
        });
      } else if (section.runIn && (char === '：' || char === ':')) {
        context.report({
          message: {
            zh: `段内标题应以“。”结尾：${name.zh}以“${char}”结尾`,
            en: `A run-in heading ends with "。": ${name.en} ends with "${char}"`,
          },
          ...place,
        });
      }
    }
  },
};
