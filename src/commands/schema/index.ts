import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { PUBLISHED_SCHEMAS, schemaText } from './published-schemas.js';

export interface SchemaOptions {
  name: string;
}

/** Prints a published JSON schema, for editors and other tools. */
export async function schema(options: SchemaOptions, context: CommandContext): Promise<number> {
  const value = PUBLISHED_SCHEMAS[options.name];
  if (!value) {
    throw new PlanError({
      zh: `没有名为“${options.name}”的 schema；可用：${Object.keys(PUBLISHED_SCHEMAS).join('、')}`,
      en: `No schema named "${options.name}"; available: ${Object.keys(PUBLISHED_SCHEMAS).join(', ')}`,
    });
  }
  context.stdout(schemaText(value));
  return ExitCode.ok;
}
