import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { FrontMatter, ParseMessage, PlanMetadata, Position } from '../plan/types.js';
import { pathOf, schemaErrors, type GeneratedValidator } from '../schema/schema-problem.js';
import { KNOWN_KEYS } from './front-matter-schema.js';
import { validate } from './front-matter-validator.generated.js';
import { invalidDateReason, readDateParts } from './calendar-date.js';
import type { Locator } from './locator.js';

/** More aliases than this is an alias bomb, not a plan. */
const MAX_ALIAS_COUNT = 100;

/** The known keys whose values the schema rejects, in the order they were written. */
function invalidKeys(record: Record<string, unknown>): string[] {
  const rejected = new Set(schemaErrors(validate as GeneratedValidator, record).map((error) => pathOf(error.instancePath)[0]));
  return Object.keys(record).filter((key) => rejected.has(key));
}

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  messages: ParseMessage[];
}

/**
 * Parses and validates the YAML between the front-matter fences.
 * `contentStart` is the offset of the YAML text in the plan's source.
 */
export function readFrontMatter(raw: string, contentStart: number, fencePosition: Position, locator: Locator): FrontMatterResult {
  const messages: ParseMessage[] = [];
  const frontMatter: FrontMatter = { raw, data: {}, keyPositions: {}, position: fencePosition };
  const at = (offset: number, length = 0): Position => locator.position(contentStart + offset, contentStart + offset + length);

  let document: Document;
  try {
    document = parseDocument(raw, { uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    messages.push(yamlMessage(String(error), fencePosition));
    return { frontMatter, messages };
  }
  const yamlError = document.errors[0];
  if (yamlError) {
    const offset = yamlError.pos[0];
    messages.push(yamlMessage(yamlError.message.split('\n')[0] ?? '', at(offset, Math.max(1, yamlError.pos[1] - offset))));
    return { frontMatter, messages };
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    messages.push({
      id: 'front-matter/aliases',
      severity: 'error',
      text: {
        zh: `文件头 YAML 中的别名（alias）展开过多（超过 ${MAX_ALIAS_COUNT} 次），疑似“别名炸弹”，已拒绝读取；请删除重复引用的 & 和 * 别名`,
        en: `The YAML front matter expands too many aliases (over ${MAX_ALIAS_COUNT}); this looks like an alias bomb and was refused. Remove the repeated & and * aliases`,
      },
      position: fencePosition,
    });
    return { frontMatter, messages };
  }

  if (value === null || value === undefined) return { frontMatter, messages };
  if (typeof value !== 'object' || Array.isArray(value) || !isMap(document.contents)) {
    messages.push({
      id: 'front-matter/type',
      severity: 'error',
      text: {
        zh: '文件头 YAML 应为“键: 值”形式的映射，例如 title: 2027年工作计划',
        en: 'The YAML front matter must be a mapping of keys to values, e.g. `title: 2027 work plan`',
      },
      position: fencePosition,
    });
    return { frontMatter, messages };
  }

  const keyPositions: Record<string, Position> = {};
  /** Where each value was written, for messages about the value alone. */
  const valuePositions: Record<string, Position> = {};
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      const key = String(pair.key.value);
      const start = pair.key.range[0];
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      const end = valueRange ? valueRange[1] : pair.key.range[1];
      keyPositions[key] = at(start, Math.max(1, end - start));
      if (valueRange) valuePositions[key] = at(valueRange[0], Math.max(1, valueRange[1] - valueRange[0]));
    }
  }
  frontMatter.keyPositions = keyPositions;

  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.includes(key)) {
      messages.push({
        id: 'front-matter/unknown-key',
        severity: 'warning',
        text: {
          zh: `文件头中有未知的键“${key}”；可用的键：${KNOWN_KEYS.join('、')}`,
          en: `Unknown front-matter key "${key}"; known keys: ${KNOWN_KEYS.join(', ')}`,
        },
        position: keyPositions[key] ?? fencePosition,
      });
    }
  }

  const badKeys = new Set(invalidKeys(record));
  for (const key of badKeys) messages.push(typeMessage(key, record[key], keyPositions[key] ?? fencePosition));
  // The schema checks a date's form; whether the day exists is a question for the calendar.
  for (const key of DATE_KEYS) {
    if (badKeys.has(key) || typeof record[key] !== 'string') continue;
    const message = dateMessage(key, record[key], valuePositions[key] ?? keyPositions[key] ?? fencePosition);
    if (message === null) continue;
    messages.push(message);
    badKeys.add(key);
  }

  const data: Record<string, unknown> = {};
  for (const key of KNOWN_KEYS) {
    if (!(key in record) || badKeys.has(key)) continue;
    data[key] = normalise(key, record[key]);
  }
  // YAML reads 份号 000012 as the integer 12; the clerk meant the digits as written.
  const copyNumber = document.get('copyNumber', true);
  if (typeof data['copyNumber'] === 'string' && isScalar(copyNumber) && copyNumber.range) {
    data['copyNumber'] = raw
      .slice(copyNumber.range[0], copyNumber.range[1])
      .trim()
      .replace(/^["']|["']$/g, '');
  }
  messages.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  frontMatter.data = data as PlanMetadata;
  return { frontMatter, messages };
}

const LIST_KEYS = new Set(['recipients', 'cc', 'attachments']);

function normalise(key: string, value: unknown): unknown {
  if (LIST_KEYS.has(key)) return Array.isArray(value) ? value.map(String) : [String(value)];
  if (key === 'copyNumber') return String(value);
  return value;
}

const EXPECTED: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期，如 2027-01-05 或 2027年1月5日', en: 'a date such as 2027-01-05 or 2027年1月5日' },
  printDate: { zh: '日期，如 2027-01-05 或 2027年1月5日', en: 'a date such as 2027-01-05 or 2027年1月5日' },
  recipients: { zh: '文字或文字列表', en: 'text or a list of texts' },
  cc: { zh: '文字或文字列表', en: 'text or a list of texts' },
  attachments: { zh: '文字或文字列表', en: 'text or a list of texts' },
  urgency: { zh: '“特急”“加急”“特提”或“平急”', en: '特急, 加急, 特提 or 平急' },
  copyNumber: { zh: '1 至 6 位数字', en: 'one to six digits' },
  numbering: { zh: '“explicit”或“auto”', en: '"explicit" or "auto"' },
};

function typeMessage(key: string, value: unknown, position: Position): ParseMessage {
  const expected = EXPECTED[key] ?? { zh: '非空文字', en: 'non-empty text' };
  const shown = JSON.stringify(value) ?? String(value);
  return {
    id: 'front-matter/type',
    severity: 'error',
    text: {
      zh: `文件头中“${key}”的值 ${shown} 不正确：应为${expected.zh}`,
      en: `Front-matter key "${key}" has the wrong value ${shown}: expected ${expected.en}`,
    },
    position,
  };
}

const DATE_KEYS = ['date', 'printDate'] as const;

/** An error for a date in the right form that names no day of the calendar (2027-13-45, 2027年2月30日); null for a real date. */
function dateMessage(key: string, value: string, position: Position): ParseMessage | null {
  const parts = readDateParts(value);
  const reason = parts === null ? null : invalidDateReason(parts.year, parts.month, parts.day);
  if (reason === null) return null;
  return {
    id: 'front-matter/date',
    severity: 'error',
    text: {
      zh: `文件头中“${key}”的值 ${JSON.stringify(value)} 不是有效日期（${reason.zh}）：请写出实际的日期，如 2027-01-05`,
      en: `Front-matter key "${key}" has ${JSON.stringify(value)}, which is no date (${reason.en}): write the actual date, e.g. 2027-01-05`,
    },
    position,
  };
}

function yamlMessage(detail: string, position: Position): ParseMessage {
  return {
    id: 'front-matter/yaml',
    severity: 'error',
    text: {
      zh: `文件头 YAML 格式有误（第 ${position.start.line} 行）：${detail}。请检查冒号、缩进和引号`,
      en: `Invalid YAML front matter (line ${position.start.line}): ${detail}. Check colons, indentation and quotes`,
    },
    position,
  };
}
