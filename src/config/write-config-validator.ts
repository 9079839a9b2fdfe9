import { writeGenerated } from '../io/write-generated.js';
import { validatorModuleText } from '../schema/standalone-validator.js';
import { configSchema } from './config-schema.js';

/** Part of `npm run generate`: writes config-validator.generated.ts beside this file's source. */
writeGenerated(import.meta.url, new Map([['config-validator.generated.ts', validatorModuleText(configSchema(), 'the config schema (config-schema.ts)')]]));
