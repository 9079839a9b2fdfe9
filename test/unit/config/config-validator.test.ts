import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/check/rules/index.js';
import { configSchema } from '../../../src/config/config-schema.js';
import { configErrors } from '../../../src/config/config-validator.js';
import { validatorModuleText } from '../../../src/schema/standalone-validator.js';
import { PROJECT_DIR } from '../../helpers/corpus.js';

/** Configs that pass and that fail in each way the schema can say: unknown keys, bad severities, options, types, lengths. */
function samples(): unknown[] {
  const found: unknown[] = [
    {},
    { extends: 'strict' },
    { extends: ['recommended', 'strict'] },
    { extends: 'lax' },
    { extends: [] },
    { ignore: ['drafts/**'] },
    { ignore: [''] },
    { ignore: 'drafts' },
    { rules: 'all' },
    { rules: { nonsense: 'warn' } },
    { colour: 'red' },
    null,
    [],
    '规则',
    { rules: { title: ['error', {}, 'extra'] } },
    { rules: { title: [] } },
  ];
  for (const rule of RULES) {
    const id = rule.meta.id;
    for (const severity of ['off', 'warn', 'warning', 'error', 'info', 'fatal', 1, null])
      found.push({ rules: { [id]: severity } }, { rules: { [id]: [severity] } });
    const options = (rule.meta.optionsSchema['properties'] ?? {}) as Record<string, { enum?: unknown[]; type?: string }>;
    for (const [name, schema] of Object.entries(options)) {
      for (const value of [...(schema.enum ?? []), 'A', 0, true, [], {}, '', '𠀀']) found.push({ rules: { [id]: ['error', { [name]: value }] } });
    }
    found.push({ rules: { [id]: ['error', { unknownOption: 1 }] } });
  }
  return found;
}

describe('the generated config validator', () => {
  it('is what ajv makes of the config schema now (run npm run generate if this fails)', () => {
    expect(readFileSync(join(PROJECT_DIR, 'src/config/config-validator.generated.ts'), 'utf8')).toBe(
      validatorModuleText(configSchema(), 'the config schema (config-schema.ts)'),
    );
  });

  it('reports what ajv compiling the schema at run time reports, error for error', () => {
    const compiled = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
    const all = samples();
    let failing = 0;
    for (const value of all) {
      const expected = compiled(value) ? [] : (compiled.errors ?? []);
      if (expected.length > 0) failing += 1;
      expect(JSON.parse(JSON.stringify(configErrors(value))), JSON.stringify(value)).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    // Both kinds are exercised: the comparison is not of two validators that accept everything.
    expect(failing).toBeGreaterThan(all.length / 4);
    expect(all.length - failing).toBeGreaterThan(all.length / 4);
  });
});
