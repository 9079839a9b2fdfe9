import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Ajv as AjvClass } from 'ajv';
import type { Rule } from '../check/rule.js';
import type { GeneratedValidator } from '../schema/schema-problem.js';
import { NO_OPTIONS } from '../check/rule.js';
import type { Text } from '../i18n/text.js';
import { configError } from './find-config-file.js';

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The rules a config's `customRules` names, loaded relative to the config
 * file, in the order given. A module exports a rule, or a list of rules, as
 * its default export (`export default { meta, check }`, or
 * `module.exports = …`): `meta.id` (kebab-case, not a built-in rule's),
 * `meta.description` (text, or `{ zh, en }`), and `check(context)`, which
 * reports through `context.report`. `defaultSeverity` (warning unless
 * given), `optionsSchema`, `defaultOptions`, `fixable` and `docsUrl` are
 * optional. A module that is missing, fails to load or is not a rule is a
 * config error naming the config file and the entry.
 *
 * Loaded by `import()` of a file URL, which also works from the CommonJS
 * bundle of the CLI and inside the workers of a batch.
 */
export async function loadCustomRules(configFile: string, entries: readonly string[], builtinIds: ReadonlySet<string>): Promise<Rule[]> {
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const path = resolve(dirname(configFile), entry);
    const fail = (reason: Text): never => {
      throw configError(configFile, { zh: `中 customRules 的“${entry}”${reason.zh}`, en: `: customRules entry "${entry}" ${reason.en}` });
    };
    const found = await stat(path).catch(() => null);
    if (!found?.isFile())
      fail({
        zh: `找不到：${path} 不存在（路径相对于配置文件所在的文件夹）`,
        en: `cannot be found: ${path} does not exist (paths are relative to the config file's folder)`,
      });
    let module: { default?: unknown };
    try {
      module = (await importFile(pathToFileURL(path).href)) as { default?: unknown };
    } catch (error) {
      return fail({ zh: `无法加载：${firstLine(error)}`, en: `cannot be loaded: ${firstLine(error)}` });
    }
    const exported = module.default;
    const candidates = Array.isArray(exported) ? exported : [exported];
    if (candidates.length === 0) fail(NOT_A_RULE);
    for (const candidate of candidates) {
      const rule = asRule(candidate, path);
      if (!rule) return fail(NOT_A_RULE);
      const id = rule.meta.id;
      if (builtinIds.has(id))
        fail({ zh: `中的规则 id“${id}”与内置规则重名：请换一个 id`, en: `has the rule id "${id}" of a built-in rule: choose another id` });
      const other = seen.get(id);
      if (other !== undefined) fail({ zh: `中的规则 id“${id}”与“${other}”中的重复`, en: `has the rule id "${id}", which "${other}" has too` });
      seen.set(id, entry);
      rules.push(rule);
    }
  }
  return rules;
}

/**
 * Imports a module by URL; where the caller's code came from V8's code cache
 * (the CLI bundle), through import-file.cjs, which lies at the same place
 * relative to the bundle (dist/cli-bundle/) as to this module (dist/config/).
 */
async function importFile(url: string): Promise<unknown> {
  try {
    return await import(url);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw error;
    const helper = fileURLToPath(new URL('../config/import-file.cjs', import.meta.url));
    return (createRequire(import.meta.url)(helper) as (url: string) => Promise<unknown>)(url);
  }
}

const NOT_A_RULE: Text = {
  zh: '不是规则：模块应以 export default（或 module.exports）导出 { meta: { id, description }, check(context) } 或这样的列表；id 用小写字母、数字和连字符，如 responsible-unit',
  en: 'is not a rule: the module must export default (or module.exports) { meta: { id, description }, check(context) } or a list of them; the id in lowercase letters, digits and hyphens, e.g. responsible-unit',
};

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): Text | null {
  if (typeof value === 'string' && value.trim() !== '') return { zh: value, en: value };
  if (isObject(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string') return { zh: value['zh'], en: value['en'] };
  return null;
}

/** The module's export as a full rule, its optional parts filled in; null when it is not a rule. */
function asRule(value: unknown, path: string): Rule | null {
  if (!isObject(value) || !isObject(value['meta']) || typeof value['check'] !== 'function') return null;
  const meta = value['meta'];
  const id = meta['id'];
  const description = asText(meta['description']);
  if (typeof id !== 'string' || !ID.test(id) || description === null) return null;
  const severity = meta['defaultSeverity'] === 'warn' ? 'warning' : (meta['defaultSeverity'] ?? 'warning');
  if (!SEVERITIES.includes(severity as (typeof SEVERITIES)[number])) return null;
  if (meta['optionsSchema'] !== undefined && !isObject(meta['optionsSchema'])) return null;
  if (meta['defaultOptions'] !== undefined && !isObject(meta['defaultOptions'])) return null;
  const check = value['check'] as Rule['check'];
  return {
    meta: {
      id,
      description,
      rationale: asText(meta['rationale']) ?? description,
      defaultSeverity: severity as Rule['meta']['defaultSeverity'],
      fixable: meta['fixable'] === true,
      optionsSchema: (meta['optionsSchema'] as Record<string, unknown> | undefined) ?? NO_OPTIONS,
      defaultOptions: (meta['defaultOptions'] as Record<string, unknown> | undefined) ?? {},
      docsUrl: typeof meta['docsUrl'] === 'string' ? meta['docsUrl'] : pathToFileURL(path).href,
      examples: { fail: [], pass: [] },
    },
    check: (context) => check.call(value, context),
  };
}

let ajv: AjvClass | undefined;

/**
 * A validator for a custom rule's settings, compiled at run time: only a
 * config with custom rules pays for it. ajv is required from node_modules
 * rather than bundled, so that the CLI bundle every command loads does not
 * carry a schema compiler that a few configs need.
 */
export function compileOptionsSchema(schema: object): GeneratedValidator {
  if (!ajv) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajv = new Ajv({ allErrors: true, strict: false });
  }
  return ajv.compile(schema);
}
