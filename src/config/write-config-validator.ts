import { writeGenerated } from '../io/write-generated.js';
import { configValidatorModuleText } from './config-validator-code.js';

/** Part of `npm run generate`: writes config-validator.generated.ts beside this file's source. */
writeGenerated(import.meta.url, new Map([['config-validator.generated.ts', configValidatorModuleText()]]));
