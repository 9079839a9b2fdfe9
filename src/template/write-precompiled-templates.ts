import { writeGenerated } from '../io/write-generated.js';
import { precompiledModuleText } from './precompile-builtins.js';

/** Part of `npm run generate`: writes precompiled-templates.generated.ts beside this file's source. */
writeGenerated(import.meta.url, new Map([['precompiled-templates.generated.ts', precompiledModuleText()]]));
