import type { DiagnosticSeverity } from '../check/diagnostic.js';
import type { Rule } from '../check/rule.js';

/** A rule's setting after presets, config files and defaults are merged. */
export interface RuleSetting {
  severity: DiagnosticSeverity | 'off';
  options: Record<string, unknown>;
}

/** What `checkPlan` needs to know about the configuration of one file. */
export interface ResolvedConfig {
  /** Every registered rule, with its final severity and options. */
  rules: Record<string, RuleSetting>;
  /** Glob patterns (relative to `root`) of files that are not checked. */
  ignore: string[];
  /** The folder patterns are relative to: the config file's folder, or the working folder without one. */
  root: string;
  /** The config file that applied, or null when only the defaults did. */
  file: string | null;
  /** The rules the config file's `customRules` loaded, run after the built-in ones. */
  customRules?: readonly Rule[];
}
