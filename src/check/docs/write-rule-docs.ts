import { writeGenerated } from '../../io/write-generated.js';
import { ruleDocs } from './render-rule-doc.js';

/** `npm run docs`: writes the rule pages beside this file. */
writeGenerated(import.meta.url, ruleDocs());
