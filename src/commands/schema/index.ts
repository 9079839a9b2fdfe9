import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { configSchema } from '../../config/config-schema.js';
import { frontMatterSchema } from '../../parse/front-matter-schema.js';

export interface SchemaOptions {
  name: string;
}

const SCHEMAS: Record<string, unknown> = {
  'front-matter': frontMatterSchema,
  config: configSchema(),
};

/** Prints a published JSON schema, for editors and other tools. */
export async function schema(options: SchemaOptions, context: CommandContext): Promise<number> {
  const value = SCHEMAS[options.name];
  if (!value) {
    throw new PlanError({
      zh: `没有名为“${options.name}”的 schema；可用：${Object.keys(SCHEMAS).join('、')}`,
      en: `No schema named "${options.name}"; available: ${Object.keys(SCHEMAS).join(', ')}`,
    });
  }
  context.stdout(`${JSON.stringify(value, null, 2)}\n`);
  return ExitCode.ok;
}
