import { describe, expect, it } from 'vitest';
import { importFile, type ImportFileResult } from '../../../src/import/import-file.js';
import type { Section } from '../../../src/plan/types.js';
import { corpusPath } from '../../helpers/corpus.js';

const SEED = 'seed__科技年度工作计划4篇.txt';
const signal = new AbortController().signal;

function seed(options: { splitParts?: boolean; steps?: Record<string, boolean> } = {}): Promise<ImportFileResult> {
  return importFile(corpusPath(SEED), SEED, { steps: options.steps ?? {}, splitParts: options.splitParts ?? false, signal });
}

/** The outline as a reader sees it: marker and title of each section, children nested. */
function titles(sections: readonly Section[]): string[] {
  return sections.map((section) => `${section.marker?.raw ?? ''}${section.title.text}`);
}

const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

describe('importing the seed (four plans on one web page)', () => {
  it('yields four parts whose outlines match what a reader sees', async () => {
    const result = await seed();
    expect(result.plans).toHaveLength(1);
    const plan = result.plans[0]!;
    const parts = plan.document.sections;
    expect(parts.map((part) => `${part.title.text} ${part.marker?.raw}`)).toEqual([
      '科技年度工作計劃 篇1',
      '科技年度工作計劃 篇2',
      '科技年度工作計劃 篇3',
      '科技年度工作計劃 篇4',
    ]);
    const [first, second, third, fourth] = parts as [Section, Section, Section, Section];

    expect(titles(first.children)).toEqual(['一、工作目標', '二、工作重點及措施', '三、加強自身建設，努力提高科技管理水平']);
    expect(first.children[0]!.children.map((item) => item.marker?.raw)).toEqual(['1、', '2、', '3、', '4、', '5、', '6、', '7、', '8、']);
    expect(titles(first.children[1]!.children)).toEqual([
      '（一）全面提升企業自主創新能力',
      '（二）加快高新技術產業發展',
      '（三）全面推進農業科技創新',
      '（四）提高孵化水平，推進產學研聯合',
      '（五）加強知識產權管理',
      '（六）進一步加強防震減災工作',
      '（七）做好-20xx年度全國科技進步考核迎檢工作',
    ]);
    expect(first.children[1]!.children.map((child) => child.children.length)).toEqual([3, 2, 2, 6, 4, 2, 0]);
    expect(first.children[2]!.children.map((item) => item.marker?.raw)).toEqual(['1、', '2、', '3、', '4、']);

    expect(titles(second.children)).toEqual(['一、穩步推進科技創新實驗班的實施']);

    expect(third.children).toHaveLength(14);
    expect(third.children.every((item) => item.level === 3)).toBe(true);
    expect(third.children.map((item) => item.marker?.ordinal)).toEqual(Array.from({ length: 14 }, (_, index) => index + 1));

    expect(titles(fourth.children)).toEqual(['一、六年以來的科技工作總結', '二、取得的經驗和存在的問題', '三、下步科技工作打算']);
    expect(fourth.children[0]!.children.map((child) => child.marker?.raw)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
  });

  it('leaves no pinyin, repairs the （七）做好 line, and drops the boilerplate', async () => {
    const result = await seed();
    const markdown = result.plans[0]!.markdown;
    expect(markdown).not.toMatch(TONE_MARKS);
    expect(markdown).not.toMatch(/\p{Script=Han}\([a-z]+\)/u);
    expect(markdown).toContain('### （七）做好-20xx年度全國科技進步考核迎檢工作');
    expect(markdown).not.toContain('ㄆ');
    expect(markdown).not.toContain('小編');
    expect(markdown).not.toContain('相關文章');
    expect(markdown).not.toContain('匯編8篇');
    expect(markdown).not.toMatch(/\p{Script=Han}['`]\p{Script=Han}/u);
    expect(markdown).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    // The word a line break cut in two is whole again.
    expect(markdown).toContain('加強溝通交流。');
    const steps = Object.fromEntries(result.steps.map((step) => [step.id, step.changes]));
    expect(steps['remove-pinyin']).toBe(1454);
    // Three annotated characters and three separators were lost before the page was saved: marked 〓, left for a person.
    expect(markdown.match(/〓/gu)).toHaveLength(6);
    expect(result.review.filter((item) => item.kind === 'lost-character')).toHaveLength(6);
    expect(steps['repair-byte-shift']).toBe(1);
    expect(steps['remove-boilerplate']).toBe(12);
  });

  it('reports the 20xx placeholders for a person, with their lines', async () => {
    const result = await seed();
    const placeholders = result.review.filter((item) => item.kind === 'placeholder');
    expect(placeholders.length).toBe(10);
    expect(placeholders.every((item) => item.text === '20xx')).toBe(true);
    expect(placeholders[0]!.line).toBe(4);
    expect(result.metadata).toEqual([{ key: 'title', line: 1, value: '科技年度工作計劃4篇' }]);
    expect(result.script).toBe('traditional');
  });

  it('with --to-simplified writes simplified text', async () => {
    const result = await seed({ steps: { 'to-simplified': true } });
    const markdown = result.plans[0]!.markdown;
    expect(markdown).toContain('# 科技年度工作计划 篇1');
    expect(markdown).toContain('20xx年，樊城科技局将紧紧围绕区委、区政府中心工作');
    expect(markdown).toContain('### （七）做好-20xx年度全国科技进步考核迎检工作');
    for (const traditional of ['計劃', '區', '發展', '爭創', '專利']) expect(markdown).not.toContain(traditional);
    expect(result.script).toBe('simplified');
  });

  it('with --split-parts writes four plans, each titled by its part', async () => {
    const result = await seed({ splitParts: true });
    expect(result.plans.map((plan) => plan.part)).toEqual(['篇1', '篇2', '篇3', '篇4']);
    expect(result.plans.map((plan) => plan.document.metadata.title)).toEqual(Array(4).fill('科技年度工作計劃'));
    expect(result.plans.map((plan) => plan.outline.levels)).toEqual([{ '1': 3, '2': 7, '3': 8 + 19 + 4 }, { '1': 1 }, { '3': 14 }, { '1': 3, '2': 6, '3': 2 }]);
    expect(result.plans.every((plan) => plan.outline.parts === 0)).toBe(true);
  });

  it('each cleaning step can be switched off', async () => {
    const result = await seed({ steps: { 'remove-pinyin': false, 'repair-byte-shift': false, 'remove-boilerplate': false } });
    const markdown = result.plans[0]!.markdown;
    expect(markdown).toMatch(TONE_MARKS);
    expect(markdown).toContain('ㄆ');
    expect(markdown).toContain('小編');
    expect(result.steps.filter((step) => !step.enabled).map((step) => step.id)).toEqual([
      'remove-pinyin',
      'repair-byte-shift',
      'remove-boilerplate',
      'to-simplified',
    ]);
  });
});
