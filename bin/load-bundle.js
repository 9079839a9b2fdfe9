// Loads the CLI bundle with V8's code cache.
//
// A single plan's build is mostly start-up: Node compiles several megabytes
// of bundled JavaScript before it renders anything, and Node 20 keeps no
// compile cache of its own (that arrives in Node 22). The bundle is therefore
// CommonJS, compiled here through vm.Script, which accepts the code V8 wrote
// after an earlier run: functions that run come back compiled instead of
// being parsed again. `npm run build` writes the cache after building the
// bundled example; a run that finds it missing or refused by V8 (another
// Node version) writes it afresh when it ends.
//
// V8 also refuses a cache written under other flags (--max-semi-space-size,
// for one), so each set of Node options has its own cache file: runs with
// and without them would otherwise overwrite each other's cache every time.
// V8 checks only the length of the source a cache was made from; the
// cache's name also carries the bundle's size and time, so a rebuilt
// bundle of the same length never runs another build's compiled code.
import { accessSync, constants, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';

/** Keeps line numbers in stack traces: the wrapper's head shares the bundle's first line. */
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n})';

/** The cache of this build of the bundle under these Node options: `main.cjs.<hash>.cache`. */
export function cacheFileFor(file, nodeOptions) {
  const { size, mtimeMs } = statSync(file);
  return `${file}.${nameHash(`${size}\0${mtimeMs}\0${nodeOptions.trim()}`)}.cache`;
}

/**
 * FNV-1a, twice over with different seeds, as 12 hex digits: a name, not a
 * secret (V8 still checks what it loads), so the crypto module, 3 ms to
 * load, is not loaded for it.
 */
function nameHash(text) {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
  }
  return (high & 0xffff).toString(16).padStart(4, '0') + low.toString(16).padStart(8, '0');
}

/**
 * Runs the bundle at `file` and returns its exports, with `saveCache`, which
 * writes the code cache when the run had none it could use. `nodeOptions`
 * are the options Node was started with (its arguments and NODE_OPTIONS).
 * Writing is best effort: a folder the user cannot write to (a shared
 * install) only means the next start compiles again.
 */
export function loadBundle(file, nodeOptions = '') {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileFor(file, nodeOptions);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(HEAD + source + TAIL, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

  const usable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    saveCache() {
      if (usable) return;
      const temporary = `${dirname(file)}/.${basename(cacheFile)}.${process.pid}.tmp`;
      try {
        // Serialising the cache takes a while: not for a folder that cannot take it (an install the user cannot write to).
        accessSync(dirname(file), constants.W_OK);
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}
