import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configValidatorModuleText } from './config-validator-code.js';

/** Part of `npm run generate`: writes config-validator.generated.ts beside this file's source. */
const folder = dirname(fileURLToPath(import.meta.url)).replace(/([\\/])dist([\\/])/, '$1src$2');
const file = join(folder, 'config-validator.generated.ts');
writeFileSync(file, configValidatorModuleText());
process.stdout.write(`wrote ${file}\n`);
