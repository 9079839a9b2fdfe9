import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocs } from './render-rule-doc.js';

/**
 * `npm run docs`: writes the rule pages beside this file. A unit test fails
 * when the committed pages differ from what the rules generate.
 */
const folder = dirname(fileURLToPath(import.meta.url)).replace(/([\\/])dist([\\/])/, '$1src$2');
for (const [name, text] of ruleDocs()) writeFileSync(join(folder, name), text);
process.stdout.write(`wrote ${ruleDocs().size} files to ${folder}\n`);
