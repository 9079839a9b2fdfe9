import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../../../src/parse/front-matter-schema.js';
import { validate as frontMatterValidate } from '../../../src/parse/front-matter-validator.generated.js';
import { firstProblem, schemaErrors, type GeneratedValidator } from '../../../src/schema/schema-problem.js';
import { validatorModuleText } from '../../../src/schema/standalone-validator.js';
import { manifestSchema } from '../../../src/template/manifest-types.js';
import { validate as manifestValidate } from '../../../src/template/manifest-validator.generated.js';
import { PROJECT_DIR } from '../../helpers/corpus.js';

const read = (path: string): string => readFileSync(join(PROJECT_DIR, path), 'utf8');

describe('the generated validators (run npm run generate if these fail)', () => {
  it('front-matter-validator.generated.ts is what ajv makes of the front-matter schema now', () => {
    expect(read('src/parse/front-matter-validator.generated.ts')).toBe(
      validatorModuleText(frontMatterSchema, 'the front-matter schema (front-matter-schema.ts)'),
    );
  });

  it('manifest-validator.generated.ts is what ajv makes of the manifest schema now', () => {
    expect(read('src/template/manifest-validator.generated.ts')).toBe(
      validatorModuleText(manifestSchema, 'the manifest schema (manifest-types.ts)', { allErrors: false }),
    );
  });

  it('are readable: one statement a line, not one line of code', () => {
    for (const path of [
      'src/config/config-validator.generated.ts',
      'src/parse/front-matter-validator.generated.ts',
      'src/template/manifest-validator.generated.ts',
    ]) {
      const lines = read(path).split('\n');
      expect(lines.length, path).toBeGreaterThan(200);
      const code = lines.filter((line) => !/^const schema\d+ = /.test(line));
      expect(Math.max(...code.map((line) => line.length)), path).toBeLessThan(2000);
    }
  });
});

describe('the generated front-matter validator', () => {
  const compiled = new Ajv({ allErrors: true, strict: false }).compile(frontMatterSchema);
  it.each([
    [{ title: '2027年工作计划', date: '2027-01-05', recipients: ['市财政局'], copyNumber: '000012', urgency: '特急' }],
    [{ title: '', date: '明年', recipients: [], cc: ['a', ''], copyNumber: 'x', urgency: '急', numbering: 'manual' }],
    [{ copyNumber: 1_000_000, attachments: { name: 'a' } }],
  ])('reports what ajv compiling the schema reports for %j', (value) => {
    const expected = compiled(value) ? [] : (compiled.errors ?? []);
    expect(JSON.parse(JSON.stringify(schemaErrors(frontMatterValidate as GeneratedValidator, value)))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe('the generated manifest validator', () => {
  it('stops at the first problem, in the order a clerk reads the manifest', () => {
    expect(firstProblem(schemaErrors(manifestValidate as GeneratedValidator, {}))).toEqual({ path: [], keyword: 'required', detail: 'name' });
    expect(firstProblem(schemaErrors(manifestValidate as GeneratedValidator, []))).toEqual({ path: [], keyword: 'type', detail: 'object' });
  });
});
