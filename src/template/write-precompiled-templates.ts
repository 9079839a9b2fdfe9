import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledModuleText } from './precompile-builtins.js';

/** `npm run generate`: writes precompiled-templates.generated.ts beside this file's source. */
const folder = dirname(fileURLToPath(import.meta.url)).replace(/([\\/])dist([\\/])/, '$1src$2');
const file = join(folder, 'precompiled-templates.generated.ts');
writeFileSync(file, precompiledModuleText());
process.stdout.write(`wrote ${file}\n`);
