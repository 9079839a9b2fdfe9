import { writeGenerated } from '../../io/write-generated.js';
import { builtinKindsModuleText } from './builtin-kinds-module.js';

/** Part of `npm run generate`: writes builtin-kinds.generated.ts beside this file's source. */
writeGenerated(import.meta.url, new Map([['builtin-kinds.generated.ts', await builtinKindsModuleText()]]));
