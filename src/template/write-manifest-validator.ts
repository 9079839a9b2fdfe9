import { writeGenerated } from '../io/write-generated.js';
import { validatorModuleText } from '../schema/standalone-validator.js';
import { manifestSchema } from './manifest-types.js';

/** Part of `npm run generate`: writes manifest-validator.generated.ts beside this file's source. */
writeGenerated(
  import.meta.url,
  new Map([['manifest-validator.generated.ts', validatorModuleText(manifestSchema, 'the manifest schema (manifest-types.ts)', { allErrors: false })]]),
);
