import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_SCHEMAS, schemaText } from './published-schemas.js';

/** Part of `npm run generate`: the schemas editors fetch by their `$id`, kept in docs/schemas/. */
const folder = fileURLToPath(new URL('../../../docs/schemas/', import.meta.url));
mkdirSync(folder, { recursive: true });
for (const schema of Object.values(PUBLISHED_SCHEMAS)) writeFileSync(`${folder}${schema.fileName}`, schemaText(schema));
process.stdout.write(`wrote ${Object.keys(PUBLISHED_SCHEMAS).length} schemas to ${folder}\n`);
