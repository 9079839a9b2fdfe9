import type { Text } from '../i18n/text.js';
import type { DiagnosticSeverity } from './diagnostic.js';
import type { RuleContext } from './rule-context.js';

/** A plan written to show the rule: docs print it, and one test loop checks every example of every rule. */
export interface RuleExample {
  /** The Markdown plan. */
  text: string;
  /** Options for this example; the rule's defaults otherwise. */
  options?: Record<string, unknown>;
  /** For failing examples: the messages (in Chinese) the rule reports, in order. */
  messages?: string[];
}

export interface RuleMeta {
  /** kebab-case, stable: configs and inline directives name it. */
  id: string;
  description: Text;
  /** Why the rule exists, with the standard clause where one applies. */
  rationale: Text;
  /** Severity in the `recommended` preset; `off` keeps it out unless a config turns it on. */
  defaultSeverity: DiagnosticSeverity | 'off';
  /** True when some findings carry a safe fix that `plan check --fix` applies. */
  fixable: boolean;
  /** JSON schema of the rule's options object (draft-07). */
  optionsSchema: Record<string, unknown>;
  /** The options a rule runs with when the config gives none. */
  defaultOptions: Record<string, unknown>;
  docsUrl: string;
  examples: { fail: RuleExample[]; pass: RuleExample[] };
}

/** A rule reads the plan and reports; it never changes the tree. */
export interface Rule {
  meta: RuleMeta;
  check: (context: RuleContext) => void;
}

export const DOCS_BASE_URL = 'https://gongwen-plan.dev/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}`;
}

/** An options schema for rules without options. */
export const NO_OPTIONS: Record<string, unknown> = { type: 'object', properties: {}, additionalProperties: false };
