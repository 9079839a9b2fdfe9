import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: bin/ is plain JavaScript, outside the compiled sources.
import { cacheFileFor as untypedCacheFileFor, loadBundle as untypedLoadBundle } from '../../../bin/load-bundle.js';

interface LoadedBundle {
  exports: Record<string, unknown>;
  saveCache: () => void;
}
const loadBundle = untypedLoadBundle as (file: string, nodeOptions?: string) => LoadedBundle;
const cacheFileFor = untypedCacheFileFor as (file: string, nodeOptions: string) => string;

/** A CommonJS bundle in small: exports, require and __dirname as the real one uses them. */
const SOURCE = `const { join } = require('node:path');
function shout(text) { return text.toUpperCase() + '!'; }
exports.main = (text) => shout(text);
exports.here = join(__dirname, 'x');
`;

let folder: string;
let bundle: string;

/** The cache file of the bundle without Node options. */
const cacheFile = (): string => cacheFileFor(bundle, '');

/** Whether V8 accepts the cache file for the bundle's source, as loadBundle compiles it. */
function cacheAccepted(): boolean {
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: bundle, cachedData: readFileSync(cacheFile()) });
  return !script.cachedDataRejected;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'plan-bundle-'));
  bundle = join(folder, 'main.cjs');
  writeFileSync(bundle, SOURCE);
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('loadBundle', () => {
  it('runs a CommonJS bundle and returns its exports', () => {
    const { exports } = loadBundle(bundle);
    expect((exports['main'] as (text: string) => string)('plan')).toBe('PLAN!');
    expect(exports['here']).toBe(join(folder, 'x'));
  });

  it('writes a code cache V8 accepts when there was none, and leaves no temporary file', () => {
    const first = loadBundle(bundle);
    (first.exports['main'] as (text: string) => string)('warm');
    first.saveCache();
    expect(existsSync(cacheFile())).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', basename(cacheFile())].sort());
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
    writeFileSync(cacheFile(), Buffer.from('not a code cache'));
    const loaded = loadBundle(bundle);
    expect((loaded.exports['main'] as (text: string) => string)('still runs')).toBe('STILL RUNS!');
    loaded.saveCache();
    expect(cacheAccepted()).toBe(true);
  });

  it('keeps one cache per set of Node options, so that runs with and without them do not overwrite each other', () => {
    expect(cacheFileFor(bundle, ' ')).toBe(cacheFile());
    const flagged = cacheFileFor(bundle, '--max-semi-space-size=16');
    expect(flagged).toMatch(/main\.cjs\.[0-9a-f]{12}\.cache$/);
    expect(flagged).not.toBe(cacheFile());
    expect(cacheFileFor(bundle, '--max-semi-space-size=32')).not.toBe(flagged);
    loadBundle(bundle).saveCache();
    loadBundle(bundle, '--max-semi-space-size=16').saveCache();
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', basename(cacheFile()), basename(flagged)].sort());
  });

  it('never takes the cache of another build of the bundle, even one of the same length', () => {
    const first = loadBundle(bundle);
    (first.exports['main'] as (text: string) => string)('compiles shout() into the cache');
    first.saveCache();
    const before = cacheFile();
    // Same length, other code: V8 alone would accept the old cache for it.
    writeFileSync(bundle, SOURCE.replace("'!'", "'?'"));
    utimesSync(bundle, new Date(), new Date(Date.now() + 2000));
    expect(cacheFile()).not.toBe(before);
    expect((loadBundle(bundle).exports['main'] as (text: string) => string)('new')).toBe('NEW?');
  });

  it('runs on when the cache cannot be written, and leaves nothing behind', () => {
    // A folder where the cache file should be: the write fails for root too, as a read-only install would for a user.
    mkdirSync(cacheFile());
    const loaded = loadBundle(bundle);
    expect((loaded.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
    expect(() => loaded.saveCache()).not.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', basename(cacheFile())].sort());
    expect(readdirSync(cacheFile())).toEqual([]);
  });
});
