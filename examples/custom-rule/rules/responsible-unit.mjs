// A house rule: every level-1 section (一、二、…) names the unit responsible
// for it, in a line such as "责任单位：办公室". Listed in plan.config.json under
// customRules; set like a built-in rule under rules ("responsible-unit").

/** @type {import('gongwen-plan').CustomRule<{ label: string }>} */
export default {
  meta: {
    id: 'responsible-unit',
    description: {
      zh: '每个一级标题下必须写明责任单位',
      en: 'Every level-1 section names its responsible unit',
    },
    defaultSeverity: 'error',
    // Options are checked against this schema when the config is read, like a built-in rule's.
    optionsSchema: {
      type: 'object',
      properties: { label: { type: 'string', minLength: 1, description: '责任单位那一行的开头 / what the line begins with' } },
      additionalProperties: false,
    },
    defaultOptions: { label: '责任单位' },
  },
  check(context) {
    const label = new RegExp(`${context.options.label}[:：]\\s*\\S`);
    for (const { section } of context.facts.sections) {
      if (section.level !== 1 || !section.position) continue;
      // The section's own text and its sub-sections', from its heading to the end of its last descendant.
      const text = context.source.slice(section.position.start.offset, section.position.end.offset);
      if (label.test(text)) continue;
      context.report({
        message: {
          zh: `一级标题“${section.title.text}”下缺少${context.options.label}：请写明“${context.options.label}：……”`,
          en: `The level-1 section "${section.title.text}" names no responsible unit: add a line "${context.options.label}：…"`,
        },
        position: section.headingPosition,
      });
    }
  },
};
