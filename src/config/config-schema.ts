import type { FromSchema } from 'json-schema-to-ts';
import { RULES } from '../check/rules/index.js';
import { publishedSchemaUrl } from '../schema/published-schema-url.js';

const severity = { enum: ['off', 'warn', 'warning', 'error', 'info'] } as const;

/** The keys of a config file besides the rules, whose schema the registry builds (see configSchema). */
const FILE_PROPERTIES = {
  $schema: { type: 'string' },
  extends: {
    description: '内置预设 / built-in preset',
    anyOf: [{ enum: ['recommended', 'strict'] }, { type: 'array', items: { enum: ['recommended', 'strict'] } }],
  },
  customRules: {
    description:
      '自定义规则模块（相对于配置文件的路径），在 rules 中像内置规则一样设置 / custom rule modules (paths relative to the config file), set in rules like built-in ones',
    type: 'array',
    items: { type: 'string', minLength: 1 },
  },
  ignore: {
    description: '不检查的文件（相对于配置文件所在文件夹的 glob） / files not checked (globs relative to the config file)',
    type: 'array',
    items: { type: 'string', minLength: 1 },
  },
} as const;

/** A config file's content once valid: its keys' types come from the schema, the rules' settings are checked rule by rule. */
export type ConfigFileContent = FromSchema<{ type: 'object'; properties: typeof FILE_PROPERTIES; additionalProperties: false }> & {
  rules?: Record<string, unknown>;
};

/**
 * The JSON schema of `plan.config.json`, `.planrc(.json|.yaml)` and the
 * `plan` key of package.json, built from the rule registry so that it lists
 * every rule and its options. `plan schema config` prints it for editors.
 */
export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    rules[rule.meta.id] = {
      description: `${rule.meta.description.zh} / ${rule.meta.description.en}`,
      anyOf: [severity, { type: 'array', items: [severity, rule.meta.optionsSchema], minItems: 1, maxItems: 2, additionalItems: false }],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: publishedSchemaUrl('plan-config.json'),
    title: 'gongwen-plan check configuration',
    description: 'plan check 的配置：预设、规则严重程度与选项、忽略的文件 / configuration of plan check: preset, rule severities and options, ignored files',
    type: 'object',
    properties: {
      $schema: FILE_PROPERTIES.$schema,
      extends: FILE_PROPERTIES.extends,
      rules: {
        description: '规则设置：off、warn、error、info，或 [严重程度, 选项] / rule settings',
        type: 'object',
        properties: rules,
        additionalProperties: false,
      },
      customRules: FILE_PROPERTIES.customRules,
      ignore: FILE_PROPERTIES.ignore,
    },
    additionalProperties: false,
  };
}

/** The setting of a rule the schema cannot know: a custom rule's, whose options its own module describes. */
const customRuleSetting = {
  description: '自定义规则（须在 customRules 中列出）的设置 / the setting of a custom rule listed in customRules',
  anyOf: [severity, { type: 'array', items: [severity, { type: 'object' }], minItems: 1, maxItems: 2, additionalItems: false }],
} as const;

/**
 * The config schema as `plan schema config` publishes it for editors. It
 * differs from the one the CLI validates with in one point: a config that
 * lists `customRules` may set rules the schema cannot name, so an editor
 * does not underline a house rule; without `customRules` an unknown rule
 * id is still an error. The CLI checks custom rules' settings against their
 * own option schemas once it has loaded them.
 */
export function publishedConfigSchema(): Record<string, unknown> {
  const schema = configSchema() as { properties: { rules: Record<string, unknown> } } & Record<string, unknown>;
  const rules = schema.properties.rules;
  return {
    ...schema,
    properties: { ...schema.properties, rules: { ...rules, additionalProperties: customRuleSetting } },
    if: { required: ['customRules'], properties: { customRules: { type: 'array', minItems: 1 } } },
    else: { properties: { rules: { propertyNames: { enum: RULES.map((rule) => rule.meta.id) } } } },
  };
}
