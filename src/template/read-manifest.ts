import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { PlanError } from '../errors.js';
import { builtinTemplateFolder, builtinTemplateNames } from './builtin-templates.js';
import type { TemplateManifest } from './manifest-types.js';
import { validate } from './manifest-validator.generated.js';
import { MANIFEST_FILE, parseManifestText } from './parse-manifest.js';
import { parsedBuiltinManifest } from './precompiled-templates.js';
import { firstProblem, schemaErrors, type GeneratedValidator, type SchemaProblem } from '../schema/schema-problem.js';

/**
 * Reads and validates a template's manifest. A manifest that `extends` a
 * built-in template states only what it changes: it is merged over that
 * template's manifest (objects key by key, lists and values replaced)
 * before it is validated. Any problem is a PlanError that names the file,
 * the line and the key (`fonts.body.sizePt`), and says what was expected
 * there. The text of a built-in manifest comes parsed already (see
 * precompile-builtins.ts): parsing YAML for the first time in a process
 * is a cold start a single build need not pay. `seen` names the built-in templates
 * already on the way here, so that a cycle of `extends` is an error.
 */
export function readManifest(file: string, shown: string = file, seen: readonly string[] = []): TemplateManifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PlanError(
      {
        zh: `模板缺少清单文件 ${shown}：每个模板文件夹都要有 ${MANIFEST_FILE}（可用 plan template init 复制一个内置模板）`,
        en: `The template has no manifest ${shown}: every template folder needs a ${MANIFEST_FILE} (plan template init copies a built-in one)`,
      },
      { place: { file: shown }, cause: error },
    );
  }
  const own = parsedBuiltinManifest(text) ?? parseManifestText(text, shown).data;
  const data = mergedOverBase(own, shown, seen);
  const problem = firstProblem(schemaErrors(validate as GeneratedValidator, data));
  if (problem) {
    const { document, lineCounter } = parseManifestText(text, shown);
    throw manifestKeyError(problem, document, lineCounter, shown);
  }
  return data as TemplateManifest;
}

/** The manifest merged over the one its `extends` names, which is read (and merged) first. */
function mergedOverBase(own: unknown, shown: string, seen: readonly string[]): unknown {
  if (!isPlainObject(own) || typeof own['extends'] !== 'string') return own;
  const base = own['extends'];
  const folder = builtinTemplateFolder(base);
  if (folder === null || seen.includes(base)) throw badBase(base, folder === null, shown, seen);
  const baseFile = join(folder, MANIFEST_FILE);
  const baseManifest = readManifest(baseFile, `${base}/${relative(folder, baseFile)}`, [...seen, base]);
  return mergeOver(baseManifest, own);
}

/** The error of an `extends` that names no built-in template, or that comes back to one on the way. */
export function badBase(base: string, unknown: boolean, shown: string, seen: readonly string[]): PlanError {
  const names = builtinTemplateNames().join(', ');
  const reason = unknown
    ? { zh: `不是内置模板（可用：${names}）`, en: `is not a built-in template (available: ${names})` }
    : { zh: `形成循环（${[...seen, base].join(' → ')}）`, en: `makes a cycle (${[...seen, base].join(' → ')})` };
  return new PlanError(
    { zh: `模板清单 ${shown} 的键 extends 的值“${base}”${reason.zh}`, en: `The key extends of the template manifest ${shown}: "${base}" ${reason.en}` },
    { place: { file: shown } },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` laid on `base`: objects merged key by key, anything else (lists included) replaced. */
function mergeOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = key in base ? mergeOver(base[key], value) : value;
  return merged;
}

function manifestKeyError(problem: SchemaProblem, document: Document, lineCounter: LineCounter, shown: string): PlanError {
  const path = [...problem.path];
  let key = path.join('.');
  const where = key || '（根）';
  const whereEn = key || '(root)';
  let zh: string;
  let en: string;
  switch (problem.keyword) {
    case 'required':
      key = [...path, problem.detail].join('.');
      zh = `缺少键 ${key}`;
      en = `the key ${key} is missing`;
      break;
    case 'additionalProperties':
      key = [...path, problem.detail].join('.');
      path.push(problem.detail);
      zh = `未知的键 ${key}（拼写错误？）`;
      en = `unknown key ${key} (a typo?)`;
      break;
    case 'type':
      zh = `键 ${where} 应为 ${problem.detail} 类型`;
      en = `the key ${whereEn} should be of type ${problem.detail}`;
      break;
    case 'enum':
      zh = `键 ${where} 的值无效，应为以下之一：${problem.detail}`;
      en = `the key ${whereEn} has an invalid value; expected one of: ${problem.detail}`;
      break;
    case 'minimum':
    case 'exclusiveMinimum':
      zh = `键 ${where} 的值太小：应${problem.keyword === 'minimum' ? '不小于' : '大于'} ${problem.detail}`;
      en = `the key ${whereEn} is too small: it must be ${problem.keyword === 'minimum' ? 'at least' : 'more than'} ${problem.detail}`;
      break;
    case 'maximum':
      zh = `键 ${where} 的值太大：应不大于 ${problem.detail}`;
      en = `the key ${whereEn} is too large: it must be at most ${problem.detail}`;
      break;
    case 'pattern':
      zh = `键 ${where} 的格式不对（应为六位十六进制颜色，如 FF0000）`;
      en = `the key ${whereEn} has the wrong form (a six-digit hex colour such as FF0000)`;
      break;
    default:
      zh = `键 ${where} 的值无效（${problem.keyword} ${problem.detail}）`;
      en = `the key ${whereEn} has an invalid value (${problem.keyword} ${problem.detail})`;
  }
  const line = lineOfPath(document, path, lineCounter);
  const place = line === undefined ? shown : `${shown}:${line}`;
  return new PlanError(
    { zh: `模板清单 ${place}：${zh}`, en: `Template manifest ${place}: ${en}` },
    { place: line === undefined ? { file: shown } : { file: shown, line } },
  );
}

/** The line of the deepest key of `path` that the YAML holds. */
function lineOfPath(document: Document, path: readonly string[], lineCounter: LineCounter): number | undefined {
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const segment of path) {
    if (isSeq(node)) {
      const item = node.items[Number(segment)];
      const offset = (item as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (offset !== undefined) line = lineCounter.linePos(offset).line;
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
    if (!pair) break;
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) line = lineCounter.linePos(offset).line;
    node = pair.value;
  }
  if (line === undefined && isMap(document.contents)) return 1;
  return line;
}
