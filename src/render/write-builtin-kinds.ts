import { writeGenerated } from '../io/write-generated.js';
import { builtinKindsModuleText } from './builtin-kinds-module.js';

/** Part of `npm run generate`: writes docx/builtin-kinds.generated.ts under this file's source folder. */
writeGenerated(import.meta.url, new Map([['docx/builtin-kinds.generated.ts', await builtinKindsModuleText()]]));
