import type { ErrorObject } from 'ajv';
import { schemaErrors, type GeneratedValidator } from '../schema/schema-problem.js';
import { validate } from './config-validator.generated.js';

/**
 * The config schema carries every rule's option schema, so it is checked
 * with ajv's standalone code for it, generated ahead (see
 * schema/standalone-validator.ts): no schema is compiled at run time.
 */
export function configErrors(value: unknown): readonly ErrorObject[] {
  return schemaErrors(validate as GeneratedValidator, value);
}
