import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { configSchema } from './config-schema.js';

let validator: ValidateFunction | undefined;

/**
 * The config schema carries every rule's option schema, so it is checked by
 * a full JSON Schema validator. This module is imported only when a config
 * file is found: compiling the schema costs tens of milliseconds that a run
 * without a config should not pay.
 */
export function configErrors(value: unknown): readonly ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator(value) ? [] : (validator.errors ?? []);
}
