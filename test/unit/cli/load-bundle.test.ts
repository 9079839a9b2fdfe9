import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Whether V8 accepts the cache file for the bundle's source, as loadBundle compiles it. */
function cacheAccepted(): boolean {
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: bundle, cachedData: readFileSync(`${bundle}.cache`) });
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
    expect(existsSync(`${bundle}.cache`)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', 'main.cjs.cache']);
    expect(cacheAccepted()).toBe(true);
  });

  it('keeps a cache it could use', () => {
    loadBundle(bundle).saveCache();
    const written = readFileSync(`${bundle}.cache`);
    const second = loadBundle(bundle);
    expect((second.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
    second.saveCache();
    expect(readFileSync(`${bundle}.cache`).equals(written)).toBe(true);
  });

  it('replaces a cache V8 refuses (another Node version, a damaged file)', () => {
    writeFileSync(`${bundle}.cache`, Buffer.from('not a code cache'));
    const loaded = loadBundle(bundle);
    expect((loaded.exports['main'] as (text: string) => string)('still runs')).toBe('STILL RUNS!');
    loaded.saveCache();
    expect(cacheAccepted()).toBe(true);
  });

  it('keeps one cache per set of Node options, so that runs with and without them do not overwrite each other', () => {
    expect(cacheFileFor(bundle, ' ')).toBe(`${bundle}.cache`);
    const flagged = cacheFileFor(bundle, '--max-semi-space-size=16');
    expect(flagged).toMatch(/main\.cjs\.[0-9a-f]{12}\.cache$/);
    expect(cacheFileFor(bundle, '--max-semi-space-size=32')).not.toBe(flagged);
    loadBundle(bundle).saveCache();
    loadBundle(bundle, '--max-semi-space-size=16').saveCache();
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', 'main.cjs.cache', flagged.slice(folder.length + 1)].sort());
  });

  it('runs on when the cache cannot be written, and leaves nothing behind', () => {
    // A folder where the cache file should be: the write fails for root too, as a read-only install would for a user.
    mkdirSync(`${bundle}.cache`);
    const loaded = loadBundle(bundle);
    expect((loaded.exports['main'] as (text: string) => string)('ok')).toBe('OK!');
    expect(() => loaded.saveCache()).not.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['main.cjs', 'main.cjs.cache']);
    expect(readdirSync(`${bundle}.cache`)).toEqual([]);
  });
});
