import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheDirectory as untypedCacheDirectory,
  cacheFileFor as untypedCacheFileFor,
  contentId as untypedContentId,
  loadBundle as untypedLoadBundle,
  // @ts-expect-error: bin/ is plain JavaScript, outside the compiled sources.
} from '../../../bin/load-bundle.js';
import { tempFolder } from '../../helpers/temp-folder.js';

interface LoadedBundle {
  exports: Record<string, unknown>;
  saveCache: () => void;
}
interface LoadOptions {
  directory?: string | undefined;
  enableCompileCache?: ((directory: string) => unknown) | undefined;
}
const loadBundleAs = untypedLoadBundle as (file: string, nodeOptions?: string, options?: LoadOptions) => LoadedBundle;
const cacheFileFor = untypedCacheFileFor as (id: string, nodeOptions: string, directory: string, nodeVersion?: string) => string;
const contentId = untypedContentId as (file: string, bytes: Buffer) => string;
const cacheDirectory = untypedCacheDirectory as (env: Record<string, string | undefined>, platform: string, home: string) => string | undefined;

/** The Node 20 path (vm.Script and its own cache file), whatever Node runs the tests. */
const loadBundle = (file: string, nodeOptions = ''): LoadedBundle => loadBundleAs(file, nodeOptions, { directory: cacheDir, enableCompileCache: undefined });

/** A CommonJS bundle in small: exports, require and __dirname as the real one uses them. */
const SOURCE = `const { join } = require('node:path');
function shout(text) { return text.toUpperCase() + '!'; }
exports.main = (text) => shout(text);
exports.here = join(__dirname, 'x');
`;

let folder: string;
let bundle: string;
let cacheDir: string;

/** The cache file of the bundle as it is now, without Node options. */
const cacheFile = (nodeOptions = ''): string => cacheFileFor(contentId(bundle, readFileSync(bundle)), nodeOptions, cacheDir);

/** Whether V8 accepts the cache file for the bundle's source, as loadBundle compiles it. */
function cacheAccepted(): boolean {
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: bundle,
    cachedData: readFileSync(cacheFile()),
  });
  return !script.cachedDataRejected;
}

beforeEach(() => {
  folder = tempFolder('plan-bundle-');
  bundle = join(folder, 'install', 'main.cjs');
  cacheDir = join(folder, 'cache', 'gongwen-plan');
  mkdirSync(dirname(bundle));
  writeFileSync(bundle, SOURCE);
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('cacheDirectory', () => {
  it('follows XDG_CACHE_HOME, else ~/.cache, and %LOCALAPPDATA% on Windows', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/li')).toBe('/x/cache/gongwen-plan');
    expect(cacheDirectory({}, 'linux', '/home/li')).toBe('/home/li/.cache/gongwen-plan');
    expect(cacheDirectory({}, 'darwin', '/Users/li')).toBe('/Users/li/.cache/gongwen-plan');
    // A relative XDG_CACHE_HOME is invalid by the specification and ignored.
    expect(cacheDirectory({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/li')).toBe('/home/li/.cache/gongwen-plan');
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' }, 'win32', 'C:\\Users\\li')).toContain('gongwen-plan');
  });

  it('is none where there is no home to put it in', () => {
    expect(cacheDirectory({}, 'linux', '')).toBeUndefined();
  });
});

describe('the cache file name', () => {
  it("is given by the bundle's content, whatever its file times (npm resets them on install)", () => {
    const before = cacheFile();
    utimesSync(bundle, new Date(0), new Date(0));
    expect(cacheFile()).toBe(before);
    expect(before.startsWith(cacheDir)).toBe(true);
    expect(basename(before)).toMatch(/^cli-bundle-[0-9a-f]{16}-[0-9a-f]{8}\.cache$/);
  });

  it("changes with the Node version, so that two Node versions do not overwrite each other's cache", () => {
    const id = contentId(bundle, readFileSync(bundle));
    expect(cacheFileFor(id, '', cacheDir, 'v20.19.0')).not.toBe(cacheFileFor(id, '', cacheDir, 'v24.0.0'));
  });

  it('takes the content id the build wrote beside the bundle, else hashes the bytes', () => {
    const hashed = contentId(bundle, readFileSync(bundle));
    expect(hashed).toMatch(/^[0-9a-f]{40}$/);
    writeFileSync(`${bundle}.sha1`, `${'ab'.repeat(20)}\n`);
    expect(contentId(bundle, readFileSync(bundle))).toBe('ab'.repeat(20));
    writeFileSync(`${bundle}.sha1`, 'not a hash');
    expect(contentId(bundle, readFileSync(bundle))).toBe(hashed);
  });
});

describe("loadBundle from Node 22.1, with Node's own compile cache", () => {
  it('switches the cache on in the cache folder and requires the bundle, writing nothing beside it', () => {
    const enabled: string[] = [];
    const loaded = loadBundleAs(bundle, '', { directory: cacheDir, enableCompileCache: (directory) => enabled.push(directory) });
    expect((loaded.exports['main'] as (text: string) => string)('plan')).toBe('PLAN!');
    loaded.saveCache();
    expect(enabled).toEqual([join(cacheDir, 'node-compile-cache')]);
    expect(readdirSync(dirname(bundle))).toEqual(['main.cjs']);
  });

  it('runs uncached where the cache cannot be switched on', () => {
    const loaded = loadBundleAs(bundle, '', {
      directory: cacheDir,
      enableCompileCache: () => {
        throw new Error('not here');
      },
    });
    expect((loaded.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
  });
});

describe('loadBundle on Node 20', () => {
  it('runs a CommonJS bundle and returns its exports', () => {
    const { exports } = loadBundle(bundle);
    expect((exports['main'] as (text: string) => string)('plan')).toBe('PLAN!');
    expect(exports['here']).toBe(join(dirname(bundle), 'x'));
  });

  it('writes a code cache V8 accepts in the cache folder when there was none, nothing beside the bundle, and no temporary file', () => {
    const first = loadBundle(bundle);
    (first.exports['main'] as (text: string) => string)('warm');
    first.saveCache();
    expect(existsSync(cacheFile())).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([basename(cacheFile())]);
    expect(readdirSync(dirname(bundle))).toEqual(['main.cjs']);
    expect(cacheAccepted()).toBe(true);
  });

  it('keeps a cache it could use', () => {
    loadBundle(bundle).saveCache();
    const written = readFileSync(cacheFile());
    const second = loadBundle(bundle);
    expect((second.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
    second.saveCache();
    expect(readFileSync(cacheFile()).equals(written)).toBe(true);
  });

  it('replaces a cache V8 refuses (another Node version, a damaged file)', () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile(), Buffer.from('not a code cache'));
    const loaded = loadBundle(bundle);
    expect((loaded.exports['main'] as (text: string) => string)('still runs')).toBe('STILL RUNS!');
    loaded.saveCache();
    expect(cacheAccepted()).toBe(true);
  });

  it('keeps one cache per set of Node options, so that runs with and without them do not overwrite each other', () => {
    expect(cacheFile(' ')).toBe(cacheFile());
    const flagged = cacheFile('--max-semi-space-size=16');
    expect(flagged).not.toBe(cacheFile());
    expect(cacheFile('--max-semi-space-size=32')).not.toBe(flagged);
    loadBundle(bundle).saveCache();
    loadBundle(bundle, '--max-semi-space-size=16').saveCache();
    expect(readdirSync(cacheDir).sort()).toEqual([basename(cacheFile()), basename(flagged)].sort());
  });

  it('never takes the cache of another build of the bundle, even one of the same length and time', () => {
    const first = loadBundle(bundle);
    (first.exports['main'] as (text: string) => string)('compiles shout() into the cache');
    first.saveCache();
    const before = cacheFile();
    // Same length, same file times, other code: V8 alone would accept the old cache for it.
    const { atime, mtime } = statSync(bundle);
    writeFileSync(bundle, SOURCE.replace("'!'", "'?'"));
    utimesSync(bundle, atime, mtime);
    expect(cacheFile()).not.toBe(before);
    expect((loadBundle(bundle).exports['main'] as (text: string) => string)('new')).toBe('NEW?');
  });

  it('runs on when the cache cannot be written, and leaves nothing behind', () => {
    // A folder where the cache file should be: the write fails for root too, as a read-only cache folder would for a user.
    mkdirSync(cacheFile(), { recursive: true });
    const loaded = loadBundle(bundle);
    expect((loaded.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
    expect(() => loaded.saveCache()).not.toThrow();
    expect(readdirSync(cacheDir)).toEqual([basename(cacheFile())]);
    expect(readdirSync(cacheFile())).toEqual([]);
  });

  it('caches nothing when there is no cache folder', () => {
    const loaded = loadBundleAs(bundle, '', { directory: undefined, enableCompileCache: undefined });
    expect((loaded.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
    loaded.saveCache();
    expect(readdirSync(dirname(bundle))).toEqual(['main.cjs']);
    expect(existsSync(cacheDir)).toBe(false);
  });
});
