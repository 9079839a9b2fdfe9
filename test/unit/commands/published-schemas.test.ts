import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS, schemaText } from '../../../src/commands/schema/published-schemas.js';
import { PUBLISHED_SCHEMA_BASE } from '../../../src/schema/published-schema-url.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

describe('published schemas', () => {
  it('docs/schemas/ holds what `plan schema` prints now (run `npm run generate` after changing a schema)', () => {
    for (const schema of Object.values(PUBLISHED_SCHEMAS)) expect(read(`docs/schemas/${schema.fileName}`)).toBe(schemaText(schema));
  });

  it('each $id is the address of its copy in the repository named in package.json', () => {
    const repository = (JSON.parse(read('package.json')) as { repository: { url: string } }).repository.url;
    const [, owner, name] = /github\.com\/([^/]+)\/([^/.]+)/.exec(repository) ?? [];
    expect(PUBLISHED_SCHEMA_BASE).toBe(`https://raw.githubusercontent.com/${owner}/${name}/main/docs/schemas/`);
    for (const schema of Object.values(PUBLISHED_SCHEMAS)) expect(schema.schema['$id']).toBe(`${PUBLISHED_SCHEMA_BASE}${schema.fileName}`);
  });

  describe('the config schema an editor reads', () => {
    const validate = new Ajv({ strict: false }).compile(PUBLISHED_SCHEMAS['config']?.schema ?? {});

    it('accepts the custom-rule example, whose house rule the schema cannot name', () => {
      expect(validate(JSON.parse(read('examples/custom-rule/plan.config.json')))).toBe(true);
      expect(validate({ customRules: ['./r.mjs'], rules: { 'house-rule': ['warn', { units: ['办公室'] }], 'single-child': 'off' } })).toBe(true);
    });

    it('still underlines a misspelt rule when no custom rules are listed, and a wrong severity either way', () => {
      expect(validate({ $schema: `${PUBLISHED_SCHEMA_BASE}plan-config.json`, rules: { 'single-child': 'off' } })).toBe(true);
      expect(validate({ rules: { 'numbering-styl': 'warn' } })).toBe(false);
      expect(validate({ customRules: [], rules: { 'house-rule': 'warn' } })).toBe(false);
      expect(validate({ customRules: ['./r.mjs'], rules: { 'house-rule': 'loud' } })).toBe(false);
      expect(validate({ customRules: ['./r.mjs'], rules: { 'numbering-style': ['error', { arabic: '1)' }] } })).toBe(false);
    });
  });
});
