import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, cacheKey, DependencyHashes, hashFolder, hashInput } from '../../../src/batch/cache.js';
import { configSearch } from '../../../src/batch/config-search.js';
import { tempFolder } from '../../helpers/temp-folder.js';

describe('--skip-unchanged cache', () => {
  it('keeps inputs and outputs relative to the cache file, so another checkout folder still hits', async () => {
    const root = tempFolder('plan-cache-');
    const cache = await BuildCache.load(join(root, 'out/.plan-cache.json'));
    cache.record(join(root, 'plans/a.md'), 'abc', [join(root, 'out/plans/a.docx')], { [join(root, 'plans/plan.config.json')]: 'file:123' });
    await cache.save();
    const stored = JSON.parse(readFileSync(join(root, 'out/.plan-cache.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(stored.entries).toEqual({ '../plans/a.md': { hash: 'abc', outputs: ['plans/a.docx'], dependencies: { '../plans/plan.config.json': 'file:123' } } });

    const moved = tempFolder('plan-cache-moved-');
    mkdirSync(join(moved, 'out'));
    writeFileSync(join(moved, 'out/.plan-cache.json'), readFileSync(join(root, 'out/.plan-cache.json')));
    const again = await BuildCache.load(join(moved, 'out/.plan-cache.json'));
    expect(again.previous(join(moved, 'plans/a.md'))).toEqual({
      hash: 'abc',
      outputs: [join(moved, 'out/plans/a.docx')],
      dependencies: { [join(moved, 'plans/plan.config.json')]: 'file:123' },
    });
  });

  it('ignores a cache of an earlier version: its plans are rebuilt once', async () => {
    const root = tempFolder('plan-cache-v1-');
    writeFileSync(
      join(root, 'cache.json'),
      JSON.stringify({ format: 'gongwen-plan-cache', version: 1, entries: { 'a.md': { hash: 'abc', outputs: ['a.docx'] } } }),
    );
    expect((await BuildCache.load(join(root, 'cache.json'))).previous(join(root, 'a.md'))).toBeUndefined();
    // Version 2 recorded the config file found, not the search: a config added later went unnoticed.
    writeFileSync(
      join(root, 'cache.json'),
      JSON.stringify({ format: 'gongwen-plan-cache', version: 2, entries: { 'a.md': { hash: 'abc', outputs: ['a.docx'], dependencies: {} } } }),
    );
    expect((await BuildCache.load(join(root, 'cache.json'))).previous(join(root, 'a.md'))).toBeUndefined();
  });

  it('treats a damaged cache as empty', async () => {
    const root = tempFolder('plan-cache-bad-');
    writeFileSync(join(root, 'cache.json'), '{ not json');
    const cache = await BuildCache.load(join(root, 'cache.json'));
    expect(cache.previous(join(root, 'a.md'))).toBeUndefined();
  });

  it('changes the hash when the content, the key or a template file changes', async () => {
    const bytes = new TextEncoder().encode('计划');
    expect(hashInput('k', bytes)).toBe(hashInput('k', new TextEncoder().encode('计划')));
    expect(hashInput('k', bytes)).not.toBe(hashInput('k2', bytes));
    expect(cacheKey({ b: '2', a: '1' })).toBe(cacheKey({ a: '1', b: '2' }));

    const template = tempFolder('plan-cache-template-');
    mkdirSync(join(template, 'html'));
    writeFileSync(join(template, 'manifest.json'), '{}');
    writeFileSync(join(template, 'html/document.hbs'), '<p>{{title}}</p>');
    const before = await hashFolder(template);
    expect(await hashFolder(template)).toBe(before);
    writeFileSync(join(template, 'html/document.hbs'), '<h1>{{title}}</h1>');
    expect(await hashFolder(template)).not.toBe(before);
  });

  it('hashes the files and folders a build depends on, once per run, and sees when one changed', async () => {
    const root = tempFolder('plan-cache-deps-');
    const config = join(root, 'plan.config.json');
    const template = join(root, 'template');
    mkdirSync(template);
    writeFileSync(config, '{"rules":{}}');
    writeFileSync(join(template, 'template.yaml'), 'name: 我的模板\n');
    const run = new DependencyHashes();
    const recorded = await run.all([config, template, join(root, 'gone.json')]);
    expect(recorded[config]).toMatch(/^file:/);
    expect(recorded[template]).toMatch(/^folder:/);
    expect(recorded[join(root, 'gone.json')]).toBe('missing');
    expect(await run.unchanged(recorded)).toBe(true);

    writeFileSync(config, '{"rules":{"placeholder":"off"}}');
    // Within one run a path is hashed once: the files do not change under a batch.
    expect(await run.unchanged(recorded)).toBe(true);
    const next = new DependencyHashes();
    expect(await next.unchanged(recorded)).toBe(false);
    expect(await next.unchanged({ [template]: recorded[template] as string })).toBe(true);
    writeFileSync(join(template, 'template.yaml'), 'name: 改过的模板\n');
    expect(await new DependencyHashes().unchanged({ [template]: recorded[template] as string })).toBe(false);
  });

  it('notices a config file added where there was none, or nearer the plans, but not a comment edited', async () => {
    const root = tempFolder('plan-cache-search-');
    const plans = join(root, 'office/plans');
    mkdirSync(plans, { recursive: true });
    const search = configSearch(plans);
    const none = await new DependencyHashes().all([search]);
    expect(none[search]).toBe('config:none');
    expect(await new DependencyHashes().unchanged(none)).toBe(true);

    writeFileSync(join(root, 'office/.planrc.yaml'), 'rules:\n  no-placeholder: off\n');
    const far = await new DependencyHashes().all([search]);
    expect(far[search]).toMatch(/^config:\.\.\/\.planrc\.yaml:/);
    expect(await new DependencyHashes().unchanged(none)).toBe(false);

    writeFileSync(join(root, 'office/.planrc.yaml'), '# 办公室的检查规则\nrules:\n  no-placeholder:   off\n');
    expect(await new DependencyHashes().unchanged(far)).toBe(true);
    writeFileSync(join(root, 'office/.planrc.yaml'), 'rules:\n  no-placeholder: error\n');
    expect(await new DependencyHashes().unchanged(far)).toBe(false);

    // A package.json without a "plan" key is no config: the search goes on past it.
    writeFileSync(join(plans, 'package.json'), '{ "name": "plans" }');
    const current = await new DependencyHashes().all([search]);
    expect(current[search]).toMatch(/^config:\.\.\/\.planrc\.yaml:/);
    writeFileSync(join(plans, 'package.json'), '{ "name": "plans", "plan": { "extends": "strict" } }');
    expect(await new DependencyHashes().unchanged(current)).toBe(false);
    writeFileSync(join(plans, 'package.json'), '{ not json');
    expect((await new DependencyHashes().all([search]))[search]).toMatch(/^config:unreadable:/);
  });

  it('stores a config search by the folder relative to the cache file', async () => {
    const root = tempFolder('plan-cache-search-key-');
    const cache = await BuildCache.load(join(root, 'out/.plan-cache.json'));
    cache.record(join(root, 'plans/a.md'), 'abc', [join(root, 'out/a.docx')], { [configSearch(join(root, 'plans'))]: 'config:none' });
    await cache.save();
    const stored = JSON.parse(readFileSync(join(root, 'out/.plan-cache.json'), 'utf8')) as {
      version: number;
      entries: Record<string, { dependencies: unknown }>;
    };
    expect(stored.version).toBe(3);
    expect(stored.entries['../plans/a.md']?.dependencies).toEqual({ 'config-search:../plans': 'config:none' });
    const again = await BuildCache.load(join(root, 'out/.plan-cache.json'));
    expect(again.previous(join(root, 'plans/a.md'))?.dependencies).toEqual({ [configSearch(join(root, 'plans'))]: 'config:none' });
  });
});
