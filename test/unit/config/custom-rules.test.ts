import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/check/engine/check-file.js';
import { loadConfigFor } from '../../../src/config/load-config.js';
import { PlanError } from '../../../src/errors.js';
import { EXAMPLES_DIR } from '../../helpers/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'plan-custom-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const EXAMPLE_RULE = readFileSync(join(EXAMPLES_DIR, 'custom-rule/rules/responsible-unit.mjs'), 'utf8');
const PLAN = '# 2027年工作要点\n\n## 一、加强文稿起草\n\n责任单位：办公室\n\n全年起草文稿。\n\n## 二、做好档案管理\n\n完成归档。\n';

let counter = 0;
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

const config = (value: unknown): string => JSON.stringify(value);

describe('customRules', () => {
  it('loads a rule relative to the config file and runs it like a built-in rule', async () => {
    const folder = tree({
      'office/plan.config.json': config({ customRules: ['./rules/responsible-unit.mjs'], rules: { 'responsible-unit': 'error' } }),
      'office/rules/responsible-unit.mjs': EXAMPLE_RULE,
      'office/plans/a.md': PLAN,
    });
    const result = await checkFile(join(folder, 'office/plans/a.md'), { cwd: folder });
    const found = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'responsible-unit');
    expect(found.map((diagnostic) => [diagnostic.severity, diagnostic.position?.start.line, diagnostic.message.zh])).toEqual([
      ['error', 9, '一级标题“做好档案管理”下缺少责任单位：请写明“责任单位：……”'],
    ]);
  });

  it('takes severities and options from rules, checked against the rule’s options schema', async () => {
    const folder = tree({
      'plan.config.json': config({ customRules: ['rules/responsible-unit.mjs'], rules: { 'responsible-unit': ['info', { label: '牵头单位' }] } }),
      'rules/responsible-unit.mjs': EXAMPLE_RULE,
      'a.md': PLAN,
    });
    const result = await checkFile(join(folder, 'a.md'), { cwd: folder });
    const found = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'responsible-unit');
    expect(found.map((diagnostic) => [diagnostic.severity, diagnostic.message.zh])).toEqual([
      ['info', '一级标题“加强文稿起草”下缺少牵头单位：请写明“牵头单位：……”'],
      ['info', '一级标题“做好档案管理”下缺少牵头单位：请写明“牵头单位：……”'],
    ]);
    const off = tree({
      'plan.config.json': config({ customRules: ['rules/responsible-unit.mjs'], rules: { 'responsible-unit': 'off' } }),
      'rules/responsible-unit.mjs': EXAMPLE_RULE,
      'a.md': PLAN,
    });
    expect((await checkFile(join(off, 'a.md'), { cwd: off })).diagnostics.some((diagnostic) => diagnostic.ruleId === 'responsible-unit')).toBe(false);
  });

  it('runs at the rule’s default severity when rules does not mention it', async () => {
    const folder = tree({ 'plan.config.json': config({ customRules: ['./r.mjs'] }), 'r.mjs': EXAMPLE_RULE });
    const resolved = await loadConfigFor(join(folder, 'a.md'), { cwd: folder });
    expect(resolved.rules['responsible-unit']).toEqual({ severity: 'error', options: { label: '责任单位' } });
    expect(resolved.customRules?.map((rule) => rule.meta.id)).toEqual(['responsible-unit']);
  });

  it.each([
    [{ customRules: ['./missing.mjs'] }, {}, '中 customRules 的“./missing.mjs”找不到：'],
    [
      { customRules: ['./not-a-rule.mjs'] },
      { 'not-a-rule.mjs': 'export default { name: "x" };\n' },
      '中 customRules 的“./not-a-rule.mjs”不是规则：模块应以 export default',
    ],
    [{ customRules: ['./syntax.mjs'] }, { 'syntax.mjs': 'export default {\n' }, '中 customRules 的“./syntax.mjs”无法加载：'],
    [{ customRules: ['./bad-id.mjs'] }, { 'bad-id.mjs': 'export default { meta: { id: "Bad Id", description: "x" }, check() {} };\n' }, '不是规则'],
    [
      { customRules: ['./clash.mjs'] },
      { 'clash.mjs': 'export default { meta: { id: "title", description: "x" }, check() {} };\n' },
      '中的规则 id“title”与内置规则重名',
    ],
    [{ customRules: ['./r.mjs', './r2.mjs'] }, { 'r.mjs': EXAMPLE_RULE, 'r2.mjs': EXAMPLE_RULE }, '中的规则 id“responsible-unit”与“./r.mjs”中的重复'],
    [{ customRules: './r.mjs' }, { 'r.mjs': EXAMPLE_RULE }, '中的“customRules”无效：值 "./r.mjs" 不正确，应为规则模块路径的列表'],
    [
      { customRules: ['./r.mjs'], rules: { 'responsible-unit': ['error', { lable: '牵头单位' }] } },
      { 'r.mjs': EXAMPLE_RULE },
      '中的“rules.responsible-unit.1.lable”无效：规则“responsible-unit”没有这个选项',
    ],
    [
      { customRules: ['./r.mjs'], rules: { 'responsible-unit': ['error', { label: '' }] } },
      { 'r.mjs': EXAMPLE_RULE },
      '中的“rules.responsible-unit.1.label”无效：值 "" 不正确，应为 off、warn、error、info，或 [严重程度, 选项]（选项：label）',
    ],
    [
      { customRules: ['./r.mjs'], rules: { 'responsible-units': 'error' } },
      { 'r.mjs': EXAMPLE_RULE },
      '没有名为“responsible-units”的规则；可用规则：front-matter、',
    ],
    [{ rules: { 'responsible-unit': 'error' } }, {}, '没有名为“responsible-unit”的规则；可用规则：front-matter、'],
  ])('says what is wrong with %j', async (value, files, expected) => {
    const folder = tree({ 'plan.config.json': config(value), ...files });
    const error = await failure(loadConfigFor(join(folder, 'a.md'), { cwd: folder }));
    expect(error.text.zh).toContain(expected);
    expect(error.text.zh).toContain(join(folder, 'plan.config.json'));
    expect(error.text.en.length).toBeGreaterThan(20);
  });

  it('says how to list a custom rule when a config names one without customRules', async () => {
    const folder = tree({ 'plan.config.json': config({ rules: { 'house-rule': 'error' } }) });
    const error = await failure(loadConfigFor(join(folder, 'a.md'), { cwd: folder }));
    expect(error.text.zh).toContain('（自定义规则要在 customRules 中列出）');
    expect(error.text.en).toContain('(list custom rules in customRules)');
  });

  it('takes a CommonJS module exporting a list of rules', async () => {
    const folder = tree({
      'plan.config.json': config({ customRules: ['./rules.cjs'] }),
      'rules.cjs':
        'module.exports = [\n  { meta: { id: "rule-a", description: "A" }, check(context) { context.report({ message: "甲", start: 0, end: 1 }); } },\n  { meta: { id: "rule-b", description: { zh: "乙", en: "B" }, defaultSeverity: "info" }, check() {} },\n];\n',
      'a.md': PLAN,
    });
    const resolved = await loadConfigFor(join(folder, 'a.md'), { cwd: folder });
    expect(resolved.customRules?.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])).toEqual([
      ['rule-a', 'warning'],
      ['rule-b', 'info'],
    ]);
    const result = await checkFile(join(folder, 'a.md'), { cwd: folder });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'rule-a').map((diagnostic) => diagnostic.message)).toEqual([{ zh: '甲', en: '甲' }]);
  });
});
