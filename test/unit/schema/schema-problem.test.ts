import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { firstProblem, schemaErrors, type SchemaProblem } from '../../../src/schema/schema-problem.js';

const ajv = new Ajv({ allErrors: true, strict: false });

/** What the generated validators and firstProblem make of `value`: ajv compiles the same code at run time here. */
function validateAgainstSchema(value: unknown, schema: object, path: string[] = []): SchemaProblem | null {
  const problem = firstProblem(schemaErrors(ajv.compile(schema), value));
  return problem && { ...problem, path: [...path, ...problem.path] };
}

const schema = {
  type: 'object',
  properties: {
    size: { type: 'number', exclusiveMinimum: 0, maximum: 72 },
    lines: { type: 'integer', minimum: 1 },
    color: { type: 'string', pattern: '^[0-9A-Fa-f]{6}$' },
    names: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
    kind: { enum: ['a', 'b'] },
  },
  required: ['size'],
  additionalProperties: false,
};

describe('firstProblem', () => {
  it('accepts a valid value', () => {
    expect(validateAgainstSchema({ size: 16, lines: 22, color: 'FF0000', names: ['仿宋'], kind: 'a' }, schema)).toBeNull();
  });

  it.each([
    [{}, { path: [], keyword: 'required', detail: 'size' }],
    [
      { size: 16, sizes: 1 },
      { path: [], keyword: 'additionalProperties', detail: 'sizes' },
    ],
    [{ size: '16' }, { path: ['size'], keyword: 'type', detail: 'number' }],
    [{ size: 0 }, { path: ['size'], keyword: 'exclusiveMinimum', detail: '0' }],
    [{ size: 80 }, { path: ['size'], keyword: 'maximum', detail: '72' }],
    [
      { size: 16, lines: 2.5 },
      { path: ['lines'], keyword: 'type', detail: 'integer' },
    ],
    [
      { size: 16, color: 'red' },
      { path: ['color'], keyword: 'pattern', detail: '^[0-9A-Fa-f]{6}$' },
    ],
    [
      { size: 16, names: [] },
      { path: ['names'], keyword: 'minItems', detail: '1' },
    ],
    [
      { size: 16, names: ['a', ''] },
      { path: ['names', '1'], keyword: 'minLength', detail: '1' },
    ],
    [
      { size: 16, names: ['a', 'a'] },
      { path: ['names'], keyword: 'uniqueItems', detail: '' },
    ],
    [
      { size: 16, kind: 'c' },
      { path: ['kind'], keyword: 'enum', detail: 'a, b' },
    ],
  ])('reports %j', (value, problem) => {
    expect(validateAgainstSchema(value, schema)).toEqual(problem);
  });
});

describe('firstProblem with anyOf', () => {
  const textOrList = {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
  };
  const copyNumber = {
    anyOf: [
      { type: 'string', pattern: '^[0-9]{1,6}$' },
      { type: 'integer', minimum: 1, maximum: 999999 },
    ],
  };

  it('accepts a value any branch accepts', () => {
    expect(validateAgainstSchema('市财政局', textOrList)).toBeNull();
    expect(validateAgainstSchema(['市财政局', '市教育局'], textOrList)).toBeNull();
    expect(validateAgainstSchema('000012', copyNumber)).toBeNull();
    expect(validateAgainstSchema(12, copyNumber)).toBeNull();
  });

  it('reports the problem of the branch made for that kind of value', () => {
    expect(validateAgainstSchema([], textOrList, ['cc'])).toEqual({ path: ['cc'], keyword: 'minItems', detail: '1' });
    expect(validateAgainstSchema(['市财政局', ''], textOrList, ['cc'])).toEqual({ path: ['cc', '1'], keyword: 'minLength', detail: '1' });
    expect(validateAgainstSchema('12a', copyNumber)).toEqual({ path: [], keyword: 'pattern', detail: '^[0-9]{1,6}$' });
    expect(validateAgainstSchema(1_000_000, copyNumber)).toEqual({ path: [], keyword: 'maximum', detail: '999999' });
  });

  it('names the accepted types when no branch fits the value', () => {
    expect(validateAgainstSchema({ name: '市财政局' }, textOrList)).toEqual({ path: [], keyword: 'type', detail: 'string | array' });
    expect(validateAgainstSchema(true, copyNumber)).toEqual({ path: [], keyword: 'type', detail: 'string | integer' });
  });
});

describe('firstProblem with keywords the hand-written validator ignored', () => {
  it('reports maxLength, const and oneOf, which editors enforce too', () => {
    expect(validateAgainstSchema('abcd', { type: 'string', maxLength: 3 })).toEqual({ path: [], keyword: 'maxLength', detail: '3' });
    expect(validateAgainstSchema('b', { const: 'a' })).toEqual({ path: [], keyword: 'const', detail: 'a' });
    expect(validateAgainstSchema(2, { oneOf: [{ type: 'integer' }, { type: 'number' }] })).toEqual({ path: [], keyword: 'oneOf', detail: '' });
  });

  it('follows $ref into definitions', () => {
    const schema = {
      definitions: { color: { type: 'string', pattern: '^[0-9A-F]{6}$' } },
      type: 'object',
      properties: { red: { $ref: '#/definitions/color' } },
    };
    expect(validateAgainstSchema({ red: 'red' }, schema)).toEqual({ path: ['red'], keyword: 'pattern', detail: '^[0-9A-F]{6}$' });
  });
});
