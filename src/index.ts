/**
 * The library API of gongwen-plan: parse a Markdown work plan into the typed
 * plan tree that `plan check` and `plan build` read.
 *
 * ```ts
 * import { parsePlan } from 'gongwen-plan';
 * const { document, messages } = parsePlan(markdown, { file: 'plan.md' });
 * ```
 */
export { parsePlan, type ParseOptions, type ParseResult } from './parse/parse-plan.js';
export { matchMarker, matchPartSuffix, type MarkerMatch } from './parse/markers.js';
export { formatMarker, type ArabicStyle } from './plan/format-marker.js';
export { levelRank, isHigherLevel, LEVELS } from './plan/levels.js';
export { frontMatterSchema } from './parse/front-matter-schema.js';
export { PlanError, ExitCode } from './errors.js';
export { checkPlan } from './check/engine/check-plan.js';
export { checkFile, type CheckFileOptions, type CheckFileResult } from './check/engine/check-file.js';
export { fixPlan, type FixResult } from './check/engine/fix-plan.js';
export type { Diagnostic, DiagnosticSeverity, TextEdit } from './check/diagnostic.js';
export { RULES } from './check/rules/index.js';
export type { CustomRule, OptionsOf, Rule, RuleExample, RuleMeta } from './check/rule.js';
export type { PlanFacts, RuleContext, RuleReport } from './check/rule-context.js';
export { loadConfigFor, type LoadConfigOptions } from './config/load-config.js';
export type { ResolvedConfig, RuleSetting } from './config/resolved-config.js';
export { configSchema } from './config/config-schema.js';
export type * from './plan/types.js';
export type { Lang, Text } from './i18n/text.js';
