import { publishedConfigSchema } from '../../config/config-schema.js';
import { frontMatterSchema } from '../../parse/front-matter-schema.js';

/** A schema `plan schema NAME` prints, and the file it is published as in docs/schemas/. */
export interface PublishedSchema {
  fileName: string;
  schema: Record<string, unknown>;
}

export const PUBLISHED_SCHEMAS: Readonly<Record<string, PublishedSchema>> = {
  'front-matter': { fileName: 'front-matter.json', schema: frontMatterSchema },
  config: { fileName: 'plan-config.json', schema: publishedConfigSchema() },
};

/** The text of a published schema, the same in the terminal and in docs/schemas/. */
export function schemaText(schema: PublishedSchema): string {
  return `${JSON.stringify(schema.schema, null, 2)}\n`;
}
