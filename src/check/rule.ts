import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Text } from '../i18n/text.js';
import type { DiagnosticSeverity } from './diagnostic.js';
import type { RuleContext } from './rule-context.js';

/** A rule's options as it runs with them: typed from its options schema, every option present (the defaults fill the rest). */
export type OptionsOf<Schema extends JSONSchema> = Required<FromSchema<Schema>>;

/** A plan written to show the rule: docs print it, and one test loop checks every example of every rule. */
export interface RuleExample<Options extends object = Record<string, unknown>> {
  /** The Markdown plan. */
  text: string;
  /** Options for this example; the rule's defaults otherwise. */
  options?: Partial<Options>;
  /** For failing examples: the messages (in Chinese) the rule reports, in order. */
  messages?: string[];
}

export interface RuleMeta<Options extends object = Record<string, unknown>> {
  /** kebab-case, stable: configs and inline directives name it. */
  id: string;
  description: Text;
  /** Why the rule exists, with the standard clause where one applies. */
  rationale: Text;
  /** Severity in the `recommended` preset; `off` keeps it out unless a config turns it on. */
  defaultSeverity: DiagnosticSeverity | 'off';
  /** True when some findings carry a safe fix that `plan check --fix` applies. */
  fixable: boolean;
  /**
   * JSON schema of the rule's options object (draft-07). The config schema
   * embeds it; a rule types its options from it with `OptionsOf`.
   */
  optionsSchema: Readonly<Record<string, unknown>>;
  /** The options a rule runs with when the config gives none. */
  defaultOptions: Options;
  docsUrl: string;
  examples: { fail: Array<RuleExample<Options>>; pass: Array<RuleExample<Options>> };
}

/**
 * A rule reads the plan and reports; it never changes the tree. A rule with
 * options declares its schema `as const` and is a `Rule<OptionsOf<typeof
 * schema>>`, so `context.options` is typed from the schema it publishes.
 */
export interface Rule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/**
 * What a custom rule's module exports (see config/custom-rules.ts): a rule
 * whose metadata beyond `id` and `description` is optional and filled in
 * when it is loaded.
 */
export interface CustomRule<Options extends object = Record<string, unknown>> {
  meta: Pick<RuleMeta<Options>, 'id'> & Partial<Omit<RuleMeta<Options>, 'id' | 'description'>> & { description: Text | string };
  check(context: RuleContext<Options>): void;
}

/** The rule pages of the repository: the docs generated from each rule's metadata. */
export const DOCS_BASE_URL = 'https://github.com/gongwen-plan/gongwen-plan/blob/main/src/check/docs/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** An options schema for rules without options. */
export const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;
