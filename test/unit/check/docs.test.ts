import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDocs } from '../../../src/check/docs/render-rule-doc.js';
import { RULES } from '../../../src/check/rules/index.js';
import { PROJECT_DIR } from '../../helpers/corpus.js';

/** The rule pages are generated from the rules; `npm run docs` rewrites them after a change. */
const FOLDER = join(PROJECT_DIR, 'src/check/docs');

describe('rule docs', () => {
  const generated = ruleDocs();

  it('has one page per rule and an index', () => {
    expect([...generated.keys()].sort()).toEqual(['README.md', ...RULES.map((rule) => `${rule.meta.id}.md`)].sort());
  });

  it.each([...generated.keys()])('%s matches the rules (run npm run docs if this fails)', (name) => {
    expect(readFileSync(join(FOLDER, name), 'utf8')).toBe(generated.get(name));
  });

  it('keeps no page for a rule that no longer exists', () => {
    const pages = readdirSync(FOLDER).filter((name) => name.endsWith('.md'));
    expect(pages.sort()).toEqual([...generated.keys()].sort());
  });

  it('shows each failing example with the messages the rule reports', () => {
    const page = generated.get('numbering-sequence.md') ?? '';
    expect(page).toContain('- `7:1` 编号不连续：期望“（二）”，实际“（三）”<br>Numbering gap: expected "（二）", found "（三）"');
  });
});

describe('rule docs links', () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { repository: { url: string }; homepage: string; bugs: { url: string } };
  const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

  it('point at the rule pages in the repository package.json names', () => {
    expect(pkg.homepage.startsWith(repository)).toBe(true);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
    for (const rule of RULES) {
      expect(rule.meta.docsUrl).toBe(`${repository}/blob/main/src/check/docs/${rule.meta.id}.md`);
      expect(readdirSync(FOLDER)).toContain(`${rule.meta.id}.md`);
    }
  });
});
