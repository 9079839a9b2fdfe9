import { levelRank } from '../../plan/levels.js';
import type { SectionLevel } from '../../plan/types.js';
import { describeSection, levelWithExample } from '../level-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'numbering-skip';

/** The level a section may have directly under a parent of this level (null: the document). */
function nextLevel(parent: SectionLevel | null): SectionLevel {
  if (parent === null || parent === 'part' || parent === 'chapter' || parent === 'section') return 1;
  return Math.min(5, parent + 1) as SectionLevel;
}

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '层级不宜跳过：“一、”之下先用“（一）”，再用“1.”',
      en: 'Levels are not skipped: under 一、 comes （一） before 1.',
    },
    rationale: {
      zh: '《党政机关公文格式》（GB/T 9704—2012）7.3.3：结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。跳级是允许的写法，因此默认关闭，strict 预设中为警告。',
      en: 'GB/T 9704-2012 7.3.3 lists the levels 一、, （一）, 1., （1） in order. Skipping a level is allowed, so the rule is off by default and a warning in the strict preset.',
    },
    defaultSeverity: 'off',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n一、工作目标\n\n1、完成项目申报。\n',
          messages: ['层级跳过：“1、”（三级标题）直接位于“一、”（一级标题）之下，中间缺少二级标题（如“（一）”）'],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n一、工作目标\n\n（一）加强领导\n\n1、完成项目申报。\n' }],
    },
  },
  check(context) {
    for (const { section, parent } of context.facts.sections) {
      if (typeof section.level !== 'number') continue;
      const expected = nextLevel(parent?.level ?? null);
      if (levelRank(section.level) <= levelRank(expected)) continue;
      const child = describeSection(section);
      const missing = levelWithExample(expected);
      const where = parent
        ? { zh: `直接位于${describeSection(parent).zh}之下`, en: `sits directly under ${describeSection(parent).en}` }
        : { zh: '位于文档最外层', en: 'is at the top of the document' };
      context.report({
        message: {
          zh: `层级跳过：${child.zh}${where.zh}，中间缺少${missing.zh}`,
          en: `Skipped level: ${child.en} ${where.en}; ${missing.en} is missing in between`,
        },
        position: section.marker?.position ?? section.headingPosition,
      });
    }
  },
};
