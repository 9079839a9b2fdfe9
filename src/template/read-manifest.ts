import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { PlanError } from '../errors.js';
import { manifestSchema } from './manifest-schema.js';
import type { TemplateManifest } from './manifest-types.js';

export const MANIFEST_FILE = 'template.yaml';

let validator: ValidateFunction | undefined;

/**
 * Reads and validates a template's manifest. Any problem is a PlanError that
 * names the file, the line and the key (`fonts.body.sizePt`), and says what
 * was expected there.
 */
export async function readManifest(file: string, shown: string = file): Promise<TemplateManifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PlanError(
      {
        zh: `模板缺少清单文件 ${shown}：每个模板文件夹都要有 ${MANIFEST_FILE}（可用 plan template init 复制一个内置模板）`,
        en: `The template has no manifest ${shown}: every template folder needs a ${MANIFEST_FILE} (plan template init copies a built-in one)`,
      },
      { place: { file: shown }, cause: error },
    );
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new PlanError(
      {
        zh: `模板清单 ${shown}:${line} 不是有效的 YAML：${yamlError.message.split('\n')[0]}`,
        en: `The template manifest ${shown}:${line} is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      },
      { place: { file: shown, line } },
    );
  }
  // An alias bomb in a manifest is refused like one in front matter.
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new PlanError(
      {
        zh: `模板清单 ${shown} 无法读取：${String((error as Error).message)}`,
        en: `The template manifest ${shown} cannot be read: ${String((error as Error).message)}`,
      },
      { place: { file: shown }, cause: error },
    );
  }
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(manifestSchema);
  if (!validator(data)) {
    const error = validator.errors?.[0] as ErrorObject;
    throw manifestKeyError(error, document, lineCounter, shown);
  }
  return data as TemplateManifest;
}

function manifestKeyError(error: ErrorObject, document: Document, lineCounter: LineCounter, shown: string): PlanError {
  const path = error.instancePath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let key = path.join('.');
  let zh: string;
  let en: string;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const missing = String(params['missingProperty']);
    key = [...path, missing].join('.');
    zh = `缺少键 ${key}`;
    en = `the key ${key} is missing`;
  } else if (error.keyword === 'additionalProperties') {
    const extra = String(params['additionalProperty']);
    key = [...path, extra].join('.');
    zh = `未知的键 ${key}（拼写错误？）`;
    en = `unknown key ${key} (a typo?)`;
    path.push(extra);
  } else if (error.keyword === 'type') {
    zh = `键 ${key || '（根）'} 应为 ${String(params['type'])} 类型`;
    en = `the key ${key || '(root)'} should be of type ${String(params['type'])}`;
  } else if (error.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map(String).join(', ');
    zh = `键 ${key} 的值无效，应为以下之一：${allowed}`;
    en = `the key ${key} has an invalid value; expected one of: ${allowed}`;
  } else {
    zh = `键 ${key || '（根）'} 的值无效：${error.message ?? error.keyword}`;
    en = `the key ${key || '(root)'} has an invalid value: ${error.message ?? error.keyword}`;
  }
  const line = lineOfPath(document, path, lineCounter);
  const where = line === undefined ? shown : `${shown}:${line}`;
  return new PlanError(
    { zh: `模板清单 ${where}：${zh}`, en: `Template manifest ${where}: ${en}` },
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
