import { RULES } from '../check/rules/index.js';
import type { RuleSetting } from './resolved-config.js';

export type PresetName = 'recommended' | 'strict';

export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict'];

/** `recommended`: every rule at its default severity and options. */
function recommended(): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options: { ...rule.meta.defaultOptions } };
  return rules;
}

/**
 * `strict`: GB/T 9704 to the letter, for documents that are filed: level 3
 * written `1.`, skipped levels and single sub-headings reported, style
 * findings as errors.
 */
function strict(): Record<string, RuleSetting> {
  const rules = recommended();
  const set = (id: string, severity: RuleSetting['severity'], options: Record<string, unknown> = {}): void => {
    const current = rules[id];
    if (current) rules[id] = { severity, options: { ...current.options, ...options } };
  };
  set('numbering-style', 'error', { arabic: '1.' });
  set('numbering-skip', 'warning');
  set('single-child', 'warning');
  set('heading-punctuation', 'error');
  set('cjk-punctuation', 'error');
  set('date-format', 'error');
  set('doc-number', 'error');
  set('attachment-note', 'error');
  set('script-consistency', 'error');
  set('no-empty-section', 'error');
  set('inline-enumeration', 'error');
  set('title', 'error');
  return rules;
}

export function presetRules(name: PresetName): Record<string, RuleSetting> {
  return name === 'strict' ? strict() : recommended();
}
