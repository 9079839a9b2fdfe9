import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, cacheKey, hashFolder, hashInput } from '../../../src/batch/cache.js';

describe('--skip-unchanged cache', () => {
  it('keeps inputs and outputs relative to the cache file, so another checkout folder still hits', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-cache-'));
    const cache = await BuildCache.load(join(root, 'out/.plan-cache.json'));
    cache.record(join(root, 'plans/a.md'), 'abc', [join(root, 'out/plans/a.docx')]);
    await cache.save();
    const stored = JSON.parse(readFileSync(join(root, 'out/.plan-cache.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(stored.entries).toEqual({ '../plans/a.md': { hash: 'abc', outputs: ['plans/a.docx'] } });

    const moved = mkdtempSync(join(tmpdir(), 'plan-cache-moved-'));
    mkdirSync(join(moved, 'out'));
    writeFileSync(join(moved, 'out/.plan-cache.json'), readFileSync(join(root, 'out/.plan-cache.json')));
    const again = await BuildCache.load(join(moved, 'out/.plan-cache.json'));
    expect(again.previous(join(moved, 'plans/a.md'))).toEqual({ hash: 'abc', outputs: [join(moved, 'out/plans/a.docx')] });
  });

  it('treats a damaged cache as empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-cache-bad-'));
    writeFileSync(join(root, 'cache.json'), '{ not json');
    const cache = await BuildCache.load(join(root, 'cache.json'));
    expect(cache.previous(join(root, 'a.md'))).toBeUndefined();
  });

  it('changes the hash when the content, the key or a template file changes', async () => {
    const bytes = new TextEncoder().encode('计划');
    expect(hashInput('k', bytes)).toBe(hashInput('k', new TextEncoder().encode('计划')));
    expect(hashInput('k', bytes)).not.toBe(hashInput('k2', bytes));
    expect(cacheKey({ b: '2', a: '1' })).toBe(cacheKey({ a: '1', b: '2' }));

    const template = mkdtempSync(join(tmpdir(), 'plan-cache-template-'));
    mkdirSync(join(template, 'html'));
    writeFileSync(join(template, 'manifest.json'), '{}');
    writeFileSync(join(template, 'html/document.hbs'), '<p>{{title}}</p>');
    const before = await hashFolder(template);
    expect(await hashFolder(template)).toBe(before);
    writeFileSync(join(template, 'html/document.hbs'), '<h1>{{title}}</h1>');
    expect(await hashFolder(template)).not.toBe(before);
  });
});
