/**
 * Checks a value against the small subset of JSON Schema that the template
 * manifest and the front matter use (type, properties, required,
 * additionalProperties: false, items, enum, bounds, minLength, minItems,
 * uniqueItems, pattern, anyOf) and returns the first problem with its path.
 *
 * A general validator (ajv) spends far longer compiling such a schema than a
 * whole `plan build` takes otherwise (about 40 ms for the front matter's); each
 * schema is used a few times per run, so interpreting it directly is faster.
 */

export interface SchemaProblem {
  /** Keys and indices from the manifest's root to the value at fault. */
  path: string[];
  keyword: 'type' | 'required' | 'additionalProperties' | 'enum' | 'minimum' | 'maximum' | 'exclusiveMinimum' | 'minLength' | 'minItems' | 'uniqueItems' | 'pattern';
  /** The missing or unknown key, the expected type, the allowed values or the bound. */
  detail: string;
}

type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validateAgainstSchema(value: unknown, schema: Schema, path: string[] = []): SchemaProblem | null {
  const anyOf = schema['anyOf'] as Schema[] | undefined;
  if (anyOf) {
    const problems: SchemaProblem[] = [];
    for (const branch of anyOf) {
      const problem = validateAgainstSchema(value, branch, path);
      if (!problem) return null;
      problems.push(problem);
    }
    // The branch made for this kind of value says best what is wrong with it.
    const fitting = anyOf.findIndex((branch) => typeof branch['type'] === 'string' && hasType(value, branch['type']));
    if (fitting >= 0) return problems[fitting] as SchemaProblem;
    const types = anyOf.map((branch) => branch['type']).filter((type) => typeof type === 'string');
    return { path, keyword: 'type', detail: types.join(' | ') };
  }
  const type = schema['type'] as string | undefined;
  if (type !== undefined && !hasType(value, type)) return { path, keyword: 'type', detail: type };
  const allowed = schema['enum'] as unknown[] | undefined;
  if (allowed && !allowed.includes(value)) return { path, keyword: 'enum', detail: allowed.map(String).join(', ') };

  if (typeof value === 'number') {
    const minimum = schema['minimum'] as number | undefined;
    const maximum = schema['maximum'] as number | undefined;
    const exclusiveMinimum = schema['exclusiveMinimum'] as number | undefined;
    if (minimum !== undefined && value < minimum) return { path, keyword: 'minimum', detail: String(minimum) };
    if (maximum !== undefined && value > maximum) return { path, keyword: 'maximum', detail: String(maximum) };
    if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) return { path, keyword: 'exclusiveMinimum', detail: String(exclusiveMinimum) };
  }
  if (typeof value === 'string') {
    const minLength = schema['minLength'] as number | undefined;
    const pattern = schema['pattern'] as string | undefined;
    if (minLength !== undefined && [...value].length < minLength) return { path, keyword: 'minLength', detail: String(minLength) };
    if (pattern !== undefined && !new RegExp(pattern, 'u').test(value)) return { path, keyword: 'pattern', detail: pattern };
  }
  if (Array.isArray(value)) {
    const minItems = schema['minItems'] as number | undefined;
    if (minItems !== undefined && value.length < minItems) return { path, keyword: 'minItems', detail: String(minItems) };
    const items = schema['items'] as Schema | undefined;
    if (items) {
      for (let index = 0; index < value.length; index += 1) {
        const problem = validateAgainstSchema(value[index], items, [...path, String(index)]);
        if (problem) return problem;
      }
    }
    if (schema['uniqueItems'] === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) {
      return { path, keyword: 'uniqueItems', detail: '' };
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) {
      if (!(key in object)) return { path, keyword: 'required', detail: key };
    }
    if (schema['additionalProperties'] === false) {
      const unknown = Object.keys(object).find((key) => !(key in properties));
      if (unknown !== undefined) return { path, keyword: 'additionalProperties', detail: unknown };
    }
    for (const [key, property] of Object.entries(properties)) {
      if (key in object) {
        const problem = validateAgainstSchema(object[key], property, [...path, key]);
        if (problem) return problem;
      }
    }
  }
  return null;
}
