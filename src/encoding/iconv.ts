import { createRequire } from 'node:module';
import type IconvLite from 'iconv-lite';

let loaded: typeof IconvLite | undefined;

/**
 * iconv-lite, loaded on first use. The CLI builds `plan import`'s switches
 * from the cleaning steps at every start, and loading iconv-lite with them
 * cost each `plan build` and `plan check` a few milliseconds for nothing.
 */
export function iconv(): typeof IconvLite {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof IconvLite;
  return loaded;
}
