import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Rule } from '../check/rule.js';
import { RULES_BY_ID } from '../check/rules/index.js';
import type { PlanError } from '../errors.js';
import { configError, configIn, findConfigFile } from './find-config-file.js';
import type { ConfigFileContent } from './config-schema.js';
import { presetRules } from './presets.js';
import type { ResolvedConfig, RuleSetting } from './resolved-config.js';

export interface LoadConfigOptions {
  /** The working folder: ignore patterns are relative to it when no config file is found. */
  cwd?: string;
  /** A config file given explicitly (`--config`): no search. */
  configFile?: string;
  /** Shared between the files of one run, so each folder is searched and each config read once. */
  cache?: Map<string, Promise<ResolvedConfig>>;
}

/**
 * The configuration that applies to `file`: the nearest config file up the
 * folder tree, merged over its preset (`recommended` unless it says
 * otherwise). A config that cannot be read or is invalid is a PlanError
 * (exit 2) naming the file and the key.
 */
export async function loadConfigFor(file: string, options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  if (options.configFile)
    return cached(options.cache, `file:${resolve(cwd, options.configFile)}`, () => readConfigFile(resolve(cwd, options.configFile as string), cwd));
  return cached(options.cache, `dir:${dirname(resolve(cwd, file))}`, () => searchFrom(dirname(resolve(cwd, file)), cwd, options.cache));
}

function cached(cache: LoadConfigOptions['cache'], key: string, load: () => Promise<ResolvedConfig>): Promise<ResolvedConfig> {
  if (!cache) return load();
  let found = cache.get(key);
  if (!found) {
    found = load();
    cache.set(key, found);
  }
  return found;
}

/** The config of the nearest config file, one resolved config per file however many folders share it. */
async function searchFrom(folder: string, cwd: string, cache: LoadConfigOptions['cache']): Promise<ResolvedConfig> {
  const found = findConfigFile(folder);
  if (found === null) return defaults(cwd);
  return cached(cache, `file:${found.file}`, () => resolveContent(found.file, found.content, cwd));
}

/** The config file given with --config: unlike one found, it must exist, and a package.json must have a `plan` key. */
async function readConfigFile(file: string, cwd: string): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw configError(
      file,
      code === 'ENOENT'
        ? { zh: '文件不存在', en: 'does not exist' }
        : { zh: `无法读取：${String((error as Error).message)}`, en: `cannot be read: ${String((error as Error).message)}` },
    );
  }
  const content = configIn(file, text);
  if (content === undefined) throw configError(file, { zh: '没有“plan”键', en: 'has no "plan" key' });
  return resolveContent(file, content, cwd);
}

function defaults(cwd: string): ResolvedConfig {
  return { rules: presetRules('recommended'), ignore: [], root: cwd, file: null };
}

async function resolveContent(file: string, content: unknown, cwd: string): Promise<ResolvedConfig> {
  void cwd;
  const value = content ?? {};
  const { configErrors } = await import('./config-validator.js');
  // The generated validator knows the built-in rules; the settings of custom rules are checked once they are loaded.
  const { builtin, others } = splitRuleSettings(value);
  const errors = configErrors(builtin);
  if (errors.length > 0) throw invalidConfig(file, builtin, errors, RULES_BY_ID);
  const config = value as ConfigFileContent;
  const customRules = config.customRules && config.customRules.length > 0 ? await loadCustom(file, config.customRules) : [];
  const known: ReadonlyMap<string, Rule> =
    customRules.length === 0 ? RULES_BY_ID : new Map([...RULES_BY_ID, ...customRules.map((rule) => [rule.meta.id, rule] as const)]);
  if (others.size > 0) await checkCustomSettings(file, value, others, known);
  const presets = config.extends === undefined ? ['recommended' as const] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const rules: Record<string, RuleSetting> = presetRules('recommended');
  for (const preset of presets) Object.assign(rules, presetRules(preset));
  for (const rule of customRules) rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options: { ...rule.meta.defaultOptions } };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const base = rules[id] ?? { severity: 'off', options: {} };
    if (Array.isArray(setting)) {
      rules[id] = { severity: severityOf(setting[0] as string), options: { ...base.options, ...((setting[1] as Record<string, unknown> | undefined) ?? {}) } };
    } else {
      rules[id] = { severity: severityOf(setting as string), options: base.options };
    }
  }
  return { rules, ignore: config.ignore ?? [], root: dirname(file), file, ...(customRules.length > 0 ? { customRules } : {}) };
}

/** The config with only built-in rules' settings, and the settings of the other ids when custom rules may claim them. */
function splitRuleSettings(value: unknown): { builtin: unknown; others: Map<string, unknown> } {
  const others = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { builtin: value, others };
  const record = value as Record<string, unknown>;
  const rules = record['rules'];
  if (!Array.isArray(record['customRules']) || typeof rules !== 'object' || rules === null || Array.isArray(rules)) return { builtin: value, others };
  const builtinRules: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (RULES_BY_ID.has(id)) builtinRules[id] = setting;
    else others.set(id, setting);
  }
  return { builtin: { ...record, rules: builtinRules }, others };
}

async function loadCustom(file: string, entries: readonly string[]): Promise<Rule[]> {
  const { loadCustomRules } = await import('./custom-rules.js');
  return loadCustomRules(file, entries, new Set(RULES_BY_ID.keys()));
}

/**
 * Checks the settings of custom rules against their option schemas. Only a
 * config that gives a custom rule options pays for compiling a schema at
 * run time (a severity alone is checked here): the built-in rules' are
 * checked by generated code.
 */
async function checkCustomSettings(file: string, value: unknown, settings: ReadonlyMap<string, unknown>, known: ReadonlyMap<string, Rule>): Promise<void> {
  const { compileOptionsSchema } = await import('./custom-rules.js');
  for (const [id, setting] of settings) {
    const rule = known.get(id);
    if (!rule)
      throw invalidConfig(
        file,
        value,
        [{ keyword: 'additionalProperties', instancePath: '/rules', schemaPath: '', params: { additionalProperty: id } }],
        known,
      );
    if (typeof setting === 'string' && SEVERITY.enum.includes(setting)) continue;
    let validate: ReturnType<typeof compileOptionsSchema>;
    try {
      validate = compileOptionsSchema({
        anyOf: [SEVERITY, { type: 'array', items: [SEVERITY, rule.meta.optionsSchema], minItems: 1, maxItems: 2, additionalItems: false }],
      });
    } catch (error) {
      throw configError(file, {
        zh: `中自定义规则“${id}”的 optionsSchema 不是有效的 JSON schema：${(error as Error).message}`,
        en: `: the optionsSchema of custom rule "${id}" is not a valid JSON schema: ${(error as Error).message}`,
      });
    }
    if (!validate(setting)) {
      const errors = (validate.errors ?? []).map((error) => ({
        ...error,
        instancePath: `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}${error.instancePath}`,
      }));
      throw invalidConfig(file, value, errors, known);
    }
  }
}

const SEVERITY = { enum: ['off', 'warn', 'warning', 'error', 'info'] };

function severityOf(value: string): RuleSetting['severity'] {
  if (value === 'warn' || value === 'warning') return 'warning';
  return value as RuleSetting['severity'];
}

/** The most specific error ajv found, as a dotted key path and a reason in both languages. */
function invalidConfig(file: string, value: unknown, errors: readonly ErrorObject[], known: ReadonlyMap<string, Rule>): PlanError {
  const unknownKey = errors.find((error) => error.keyword === 'additionalProperties');
  if (unknownKey) {
    const parent = keyPath(unknownKey.instancePath);
    const key = String((unknownKey.params as { additionalProperty?: string }).additionalProperty);
    const full = parent ? `${parent}.${key}` : key;
    if (parent === 'rules') {
      const hint = RULES_BY_ID.has(key) ? { zh: '', en: '' } : { zh: '（自定义规则要在 customRules 中列出）', en: ' (list custom rules in customRules)' };
      return configError(file, {
        zh: `中的“${full}”无效：没有名为“${key}”的规则；可用规则：${[...known.keys()].join('、')}${hint.zh}`,
        en: `: "${full}" is invalid: there is no rule "${key}"; rules: ${[...known.keys()].join(', ')}${hint.en}`,
      });
    }
    if (parent.startsWith('rules.')) {
      return configError(file, {
        zh: `中的“${full}”无效：规则“${parent.split('.')[1] ?? ''}”没有这个选项`,
        en: `: "${full}" is invalid: rule "${parent.split('.')[1] ?? ''}" has no such option`,
      });
    }
    return configError(file, {
      zh: `中的“${full}”无效：未知的键；可用的键：extends、rules、ignore、customRules`,
      en: `: "${full}" is invalid: unknown key; known keys: extends, rules, ignore, customRules`,
    });
  }
  const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  const path = keyPath(deepest?.instancePath ?? '');
  const shown = JSON.stringify(valueAt(value, deepest?.instancePath ?? '')) ?? 'undefined';
  const hint = hintFor(path, known);
  return configError(file, {
    zh: `中的“${path || '（根）'}”无效：值 ${shown} 不正确，${hint.zh}`,
    en: `: "${path || '(root)'}" is invalid: ${shown} is not allowed; ${hint.en}`,
  });
}

function hintFor(path: string, known: ReadonlyMap<string, Rule>): { zh: string; en: string } {
  if (path === 'extends') return { zh: '应为 recommended 或 strict', en: 'expected recommended or strict' };
  if (path === 'ignore' || path.startsWith('ignore.')) return { zh: '应为 glob 字符串的列表', en: 'expected a list of glob strings' };
  if (path === 'customRules' || path.startsWith('customRules.'))
    return {
      zh: '应为规则模块路径的列表（相对于配置文件），如 ["./rules/my-rule.js"]',
      en: 'expected a list of rule module paths (relative to the config file), e.g. ["./rules/my-rule.js"]',
    };
  if (path === '') return { zh: '配置应为一个对象', en: 'the config must be an object' };
  const parts = path.split('.');
  if (parts[0] === 'rules' && parts.length >= 2) {
    const rule = known.get(parts[1] ?? '');
    const options = rule ? Object.keys((rule.meta.optionsSchema['properties'] as Record<string, unknown> | undefined) ?? {}) : [];
    return {
      zh: `应为 off、warn、error、info，或 [严重程度, 选项]${options.length > 0 ? `（选项：${options.join('、')}）` : ''}`,
      en: `expected off, warn, error, info, or [severity, options]${options.length > 0 ? ` (options: ${options.join(', ')})` : ''}`,
    };
  }
  return { zh: '请对照 plan schema config 检查', en: 'check it against plan schema config' };
}

function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function valueAt(value: unknown, instancePath: string): unknown {
  let current = value;
  for (const part of instancePath.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}
