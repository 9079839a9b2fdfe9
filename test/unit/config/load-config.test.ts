import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIgnored } from '../../../src/check/engine/check-file.js';
import { RULES } from '../../../src/check/rules/index.js';
import { configSchema } from '../../../src/config/config-schema.js';
import { loadConfigFor } from '../../../src/config/load-config.js';
import { PlanError } from '../../../src/errors.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const root = tempFolder('plan-config-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh folder tree with the given files (paths relative to it). */
function tree(files: Record<string, string>): string {
  counter += 1;
  const folder = join(root, `case-${counter}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

async function failure(promise: Promise<unknown>): Promise<PlanError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}

describe('loadConfigFor', () => {
  it('uses the recommended preset when no config file is found', async () => {
    const folder = tree({ 'plans/a.md': '# 计划\n' });
    const config = await loadConfigFor(join(folder, 'plans/a.md'), { cwd: folder });
    expect(config.file).toBeNull();
    expect(config.rules['numbering-sequence']).toEqual({ severity: 'error', options: {} });
    expect(config.rules['numbering-skip']?.severity).toBe('off');
    expect(Object.keys(config.rules).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it('finds plan.config.json upward from the plan and merges it over its preset', async () => {
    const folder = tree({
      'plan.config.json': JSON.stringify({
        extends: 'strict',
        rules: { 'single-child': 'off', 'numbering-style': ['warn', { arabic: '1、' }] },
        ignore: ['drafts/**'],
      }),
      'plans/2027/a.md': '# 计划\n',
    });
    const config = await loadConfigFor(join(folder, 'plans/2027/a.md'), { cwd: folder });
    expect(config.file).toBe(join(folder, 'plan.config.json'));
    expect(config.root).toBe(folder);
    expect(config.rules['single-child']?.severity).toBe('off');
    expect(config.rules['numbering-style']).toEqual({ severity: 'warning', options: { arabic: '1、' } });
    expect(config.rules['numbering-skip']?.severity).toBe('warning');
    expect(isIgnored(join(folder, 'drafts/x/b.md'), config)).toBe(true);
    expect(isIgnored(join(folder, 'plans/2027/a.md'), config)).toBe(false);
  });

  it('reads .planrc as YAML and prefers the nearest folder', async () => {
    const folder = tree({
      'plan.config.json': JSON.stringify({ rules: { title: 'error' } }),
      'plans/.planrc': 'rules:\n  title: off\n  cjk-punctuation: [error]\n',
      'plans/a.md': '# 计划\n',
    });
    const config = await loadConfigFor(join(folder, 'plans/a.md'), { cwd: folder });
    expect(config.file).toBe(join(folder, 'plans/.planrc'));
    expect(config.rules['title']?.severity).toBe('off');
    expect(config.rules['cjk-punctuation']?.severity).toBe('error');
  });

  it('takes the plan key of package.json and skips a package.json without one', async () => {
    const folder = tree({
      'package.json': JSON.stringify({ name: 'plans', plan: { rules: { 'no-placeholder': 'warn' } } }),
      'sub/package.json': JSON.stringify({ name: 'sub' }),
      'sub/a.md': '# 计划\n',
    });
    const config = await loadConfigFor(join(folder, 'sub/a.md'), { cwd: folder });
    expect(config.file).toBe(join(folder, 'package.json'));
    expect(config.rules['no-placeholder']?.severity).toBe('warning');
  });

  it('uses an explicit config file without searching', async () => {
    const folder = tree({ 'ci.json': JSON.stringify({ extends: 'strict' }), '.planrc.json': JSON.stringify({ rules: { title: 'off' } }), 'a.md': '# 计划\n' });
    const config = await loadConfigFor(join(folder, 'a.md'), { cwd: folder, configFile: 'ci.json' });
    expect(config.file).toBe(join(folder, 'ci.json'));
    expect(config.rules['title']?.severity).toBe('error');
  });

  it.each([
    ['an unknown rule', { rules: { 'numbering-styl': 'warn' } }, '“rules.numbering-styl”无效：没有名为“numbering-styl”的规则'],
    ['a bad severity', { rules: { title: 'fatal' } }, '“rules.title”无效：值 "fatal" 不正确，应为 off、warn、error、info，或 [严重程度, 选项]'],
    [
      'an unknown option',
      { rules: { 'numbering-style': ['error', { arabic: '1.', digits: 'half' }] } },
      '“rules.numbering-style.1.digits”无效：规则“numbering-style”没有这个选项',
    ],
    ['a bad option value', { rules: { 'numbering-style': ['error', { arabic: 'A' }] } }, '“rules.numbering-style.1.arabic”无效：值 "A" 不正确'],
    ['an unknown preset', { extends: 'lenient' }, '“extends”无效：值 "lenient" 不正确，应为 recommended 或 strict'],
    ['an unknown top-level key', { rule: {} }, '“rule”无效：未知的键'],
  ])('refuses %s, naming the key (exit 2)', async (_name, content, expected) => {
    const folder = tree({ 'plan.config.json': JSON.stringify(content), 'a.md': '# 计划\n' });
    const error = await failure(loadConfigFor(join(folder, 'a.md'), { cwd: folder }));
    expect(error.exitCode).toBe(2);
    expect(error.text.zh).toContain(expected);
    expect(error.text.zh).toContain(join(folder, 'plan.config.json'));
    expect(error.text.en).toContain(join(folder, 'plan.config.json'));
  });

  it('refuses a config that is not valid JSON or YAML', async () => {
    const json = tree({ 'plan.config.json': '{ "rules": ', 'a.md': '# 计划\n' });
    expect((await failure(loadConfigFor(join(json, 'a.md'), { cwd: json }))).text.zh).toContain('不是有效的 JSON');
    const yaml = tree({ '.planrc.yaml': 'rules: [unclosed', 'a.md': '# 计划\n' });
    expect((await failure(loadConfigFor(join(yaml, 'a.md'), { cwd: yaml }))).text.zh).toContain('不是有效的 YAML');
  });

  it('reads each folder once per run when given a cache', async () => {
    const folder = tree({ 'plan.config.json': JSON.stringify({ rules: { title: 'off' } }), 'a.md': '', 'b.md': '' });
    const cache = new Map();
    const first = await loadConfigFor(join(folder, 'a.md'), { cwd: folder, cache });
    const second = await loadConfigFor(join(folder, 'b.md'), { cwd: folder, cache });
    expect(second).toBe(first);
  });
});

describe('configSchema', () => {
  it('lists every rule with its options', () => {
    const schema = configSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });
});
