import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate } from './config-validator.generated.js';

/**
 * The config schema carries every rule's option schema, so it is checked
 * with ajv, whose standalone code for it is generated ahead (see
 * config-validator-code.ts): no schema is compiled at run time.
 */
export function configErrors(value: unknown): readonly ErrorObject[] {
  const check = validate as unknown as ValidateFunction;
  return check(value) ? [] : (check.errors ?? []);
}
