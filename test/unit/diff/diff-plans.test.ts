import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/diff/diff-plans.js';
import { numberChanges } from '../../../src/diff/number-changes.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';

const fixtures = join(import.meta.dirname, '../../fixtures/diff');
const plan = (name: string) => parsePlan(readFileSync(join(fixtures, name), 'utf8'), { file: name }).document;
const parse = (text: string) => parsePlan(text).document;

describe('diffPlans', () => {
  it('reports the 2026 → 2027 plan pair section by section (the document itself first), renumbering alone being no change', () => {
    const diff = diffPlans(plan('2026-工作计划.md'), plan('2027-工作计划.md'));
    expect(diff).toEqual({
      changes: [
        {
          kind: 'renamed',
          old: { marker: '', title: '市科技局2026年工作计划', path: '', line: 1 },
          new: { marker: '', title: '市科技局2027年工作计划', path: '', line: 1 },
        },
        {
          kind: 'changed',
          old: { marker: '', title: '市科技局2026年工作计划', path: '', line: 1 },
          new: { marker: '', title: '市科技局2027年工作计划', path: '', line: 1 },
          numbers: [{ old: '2026年', new: '2027年' }],
          sentences: [{ old: '2026年，市科技局围绕创新驱动发展战略，制定本计划。', new: '2027年，市科技局围绕创新驱动发展战略，制定本计划。' }],
        },
        {
          kind: 'changed',
          old: { marker: '一、', title: '总体目标', path: '一、', line: 5 },
          new: { marker: '一、', title: '总体目标', path: '一、', line: 5 },
          numbers: [
            { old: '到2035年', new: '到2030年' },
            { old: '1200家', new: '1500家' },
          ],
          sentences: [
            {
              old: '到2035年，全市研发经费投入强度达到3.5%以上，高新技术企业达到1200家。',
              new: '到2030年，全市研发经费投入强度达到3.5%以上，高新技术企业达到1500家。',
            },
          ],
        },
        {
          kind: 'changed',
          old: { marker: '（一）', title: '强化企业创新主体地位', path: '二、/（一）', line: 11 },
          new: { marker: '（一）', title: '强化企业创新主体地位', path: '二、/（一）', line: 11 },
          numbers: [{ old: '30项', new: '35项' }],
          sentences: [{ old: '组织企业申报国家科技项目30项。', new: '组织企业申报国家科技项目35项。' }],
        },
        { kind: 'removed', old: { marker: '（二）', title: '推进科技成果转化', path: '二、/（二）', line: 15 }, new: null },
        {
          kind: 'renamed',
          old: { marker: '（四）', title: '培育科技人才', path: '二、/（四）', line: 23 },
          new: { marker: '（三）', title: '壮大科技人才队伍', path: '二、/（三）', line: 19 },
        },
        {
          kind: 'moved',
          old: { marker: '（一）', title: '加强组织领导', path: '三、/（一）', line: 29 },
          new: { marker: '（二）', title: '加强组织领导', path: '三、/（二）', line: 29 },
        },
        { kind: 'added', old: null, new: { marker: '五、', title: '数字化转型', path: '五、', line: 37 } },
      ],
    });
  });

  it('finds no change between a plan and itself', () => {
    expect(diffPlans(plan('2026-工作计划.md'), plan('2026-工作计划.md')).changes).toEqual([]);
  });

  it('moves a section to another parent when it keeps its title and body', () => {
    const before = parse(
      '# 计划\n\n## 一、甲\n\n### （一）培训\n\n每月组织一次业务培训，全年不少于12次。\n\n## 二、乙\n\n### （一）考核\n\n年底前完成考核。\n',
    );
    const after = parse('# 计划\n\n## 一、甲\n\n## 二、乙\n\n### （一）考核\n\n年底前完成考核。\n\n### （二）培训\n\n每月组织一次业务培训，全年不少于12次。\n');
    const kinds = diffPlans(before, after).changes.map((change) => `${change.kind} ${change.old?.path ?? '-'} → ${change.new?.path ?? '-'}`);
    expect(kinds).toEqual(['moved 一、/（一） → 二、/（二）']);
  });

  it('reports a section whose title and body both changed as renamed and changed', () => {
    const before = parse('# 计划\n\n## 一、加强队伍建设\n\n开展业务培训，全年组织培训12次，覆盖全体干部职工。\n');
    const after = parse('# 计划\n\n## 一、加强干部队伍建设\n\n开展业务培训，全年组织培训15次，覆盖全体干部职工。\n');
    const changes = diffPlans(before, after).changes;
    expect(changes.map((change) => change.kind)).toEqual(['renamed', 'changed']);
    expect(changes[1]?.numbers).toEqual([{ old: '12次', new: '15次' }]);
  });
});

describe('numberChanges', () => {
  it('pairs the numbers that differ, keeping those both sentences share', () => {
    expect(numberChanges('到2035年完成30项，增长5.5%左右', '到2030年完成35项，增长5.5%左右')).toEqual([
      { old: '到2035年', new: '到2030年' },
      { old: '30项', new: '35项' },
    ]);
  });

  it('reads full-width percent signs and 万 units as part of the number', () => {
    expect(numberChanges('新增就业1200万人，增长5％', '新增就业1100万人，增长6％')).toEqual([
      { old: '1200万人', new: '1100万人' },
      { old: '5％', new: '6％' },
    ]);
  });
});
