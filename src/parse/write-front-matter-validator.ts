import { writeGenerated } from '../io/write-generated.js';
import { validatorModuleText } from '../schema/standalone-validator.js';
import { frontMatterSchema } from './front-matter-schema.js';

/** Part of `npm run generate`: writes front-matter-validator.generated.ts beside this file's source. */
writeGenerated(
  import.meta.url,
  new Map([['front-matter-validator.generated.ts', validatorModuleText(frontMatterSchema, 'the front-matter schema (front-matter-schema.ts)')]]),
);
