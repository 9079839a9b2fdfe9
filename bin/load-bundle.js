// Loads the CLI bundle with V8's code cache.
//
// A single plan's build is mostly start-up: Node compiles several megabytes
// of bundled JavaScript before it renders anything. From Node 22.1 Node keeps
// a compile cache of its own (`module.enableCompileCache`), keyed by the
// code's content; it is switched on here and the bundle is simply required.
// Node 20 has none, so there the bundle (CommonJS) is compiled through
// vm.Script, which accepts the code V8 wrote after an earlier run: functions
// that run come back compiled instead of being parsed again. A run that
// finds no cache it can use writes one when it ends.
//
// Either cache lives in the user's cache folder (`$XDG_CACHE_HOME` or
// `~/.cache`, `gongwen-plan` inside), never beside the bundle: an install
// folder belongs to whoever installed it, and npm resets file times there,
// so nothing can be named by them. The Node 20 cache is named by the
// bundle's content (V8 itself checks only the source's length, so another
// build of the same length would otherwise run stale code), the Node
// version and the Node options, since V8 refuses a cache written under
// other flags (--max-semi-space-size, for one) and runs with and without
// them would otherwise overwrite each other's cache every time.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';

/** Keeps line numbers in stack traces: the wrapper's head shares the bundle's first line. */
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n})';

/**
 * The folder for `plan`'s caches, by the XDG convention (and
 * %LOCALAPPDATA% on Windows); undefined when there is no home to put it in,
 * and then nothing is cached.
 */
export function cacheDirectory(env = process.env, platform = process.platform, home = safeHomedir()) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'gongwen-plan');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'gongwen-plan', 'Cache');
  return home ? join(home, '.cache', 'gongwen-plan') : undefined;
}

function safeHomedir() {
  try {
    return homedir();
  } catch {
    return '';
  }
}

/**
 * The SHA-1 of the bundle's bytes, a name and not a guard (V8 still checks
 * what it loads). The build writes it beside the bundle (`main.cjs.sha1`),
 * which spares every start loading the crypto module and hashing megabytes;
 * without it the bytes are hashed here.
 */
export function contentId(file, bytes) {
  try {
    const written = readFileSync(`${file}.sha1`, 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(written)) return written;
  } catch {
    // Not built by `npm run build`: hash it.
  }
  return requireHere('node:crypto').createHash('sha1').update(bytes).digest('hex');
}

const requireHere = createRequire(import.meta.url);

/** The Node 20 cache file of the bundle with this content id under this Node and these options, in `directory`. */
export function cacheFileFor(id, nodeOptions, directory, nodeVersion = process.version) {
  return join(directory, `cli-bundle-${id.slice(0, 16)}-${nameHash(`${nodeVersion}\0${nodeOptions.trim()}`)}.cache`);
}

/** FNV-1a as 8 hex digits: a short name for a short text. */
function nameHash(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * Runs the bundle at `file` and returns its exports, with `saveCache`, which
 * writes the code cache when the run had none it could use (Node 20; from
 * Node 22.1 Node writes its own at exit). `nodeOptions` are the options Node
 * was started with (its arguments and NODE_OPTIONS). Caching is best effort:
 * a cache folder that cannot be made or written only means the next start
 * compiles again. `options` let tests stand in for the environment.
 */
export function loadBundle(file, nodeOptions = '', options = {}) {
  const directory = 'directory' in options ? options.directory : cacheDirectory();
  const enableCompileCache = 'enableCompileCache' in options ? options.enableCompileCache : module.enableCompileCache;
  if (typeof enableCompileCache === 'function') return loadWithNodeCache(file, directory, enableCompileCache);
  return loadWithScriptCache(file, nodeOptions, directory);
}

function loadWithNodeCache(file, directory, enableCompileCache) {
  if (directory) {
    try {
      enableCompileCache(join(directory, 'node-compile-cache'));
    } catch {
      // A worker thread or an embedder may refuse it: the bundle runs uncached.
    }
  }
  return { exports: createRequire(file)(file), saveCache() {} };
}

function loadWithScriptCache(file, nodeOptions, directory) {
  const bytes = readFileSync(file);
  const cacheFile = directory ? cacheFileFor(contentId(file, bytes), nodeOptions, directory) : undefined;
  let cachedData;
  try {
    cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new Script(HEAD + bytes.toString('utf8') + TAIL, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

  const usable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    saveCache() {
      if (usable || !cacheFile) return;
      const temporary = join(dirname(cacheFile), `.${basename(cacheFile)}.${process.pid}.tmp`);
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
}
