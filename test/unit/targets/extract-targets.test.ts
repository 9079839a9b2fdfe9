import { describe, expect, it } from 'vitest';
import { padToWidth } from '../../../src/i18n/display-width.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { extractTargets } from '../../../src/targets/extract-targets.js';
import { formatTargetsCsv } from '../../../src/targets/format/format-targets-csv.js';
import { formatTargetsMarkdown } from '../../../src/targets/format/format-targets-md.js';
import { formatTargetsTable } from '../../../src/targets/format/format-targets-table.js';

const targetsOf = (markdown: string) => extractTargets(parsePlan(markdown).document, 'plan.md');

const PLAN = `# 计划

## 一、去年工作回顾

全年新增就业1000人。

## 二、工作目标

### （一）稳定就业

城镇新增就业1200万人以上，城镇调查失业率控制在5.5％以内，6月底前完成专项行动（牵头单位：人社局）。

### （二）任务分解

| 指标名称 | 2027年目标 | 单位 | 责任科室 | 完成时限 |
|---|---|---|---|---|
| 课后服务参与率 | ≥95 | % | 基教科 | 9月底前 |
| 培训场次 | 20-30 | 场 | 培训科 | 年底前 |
`;

describe('extractTargets', () => {
  it('reads sentences with subject, section, deadline and responsible unit, and skips the review of last year', () => {
    const [employment, unemployment] = targetsOf(PLAN);
    expect(employment).toEqual({
      file: 'plan.md',
      line: 11,
      section: '二、/（一）',
      sectionTitle: '稳定就业',
      subject: '城镇新增就业',
      text: '城镇新增就业1200万人以上，城镇调查失业率控制在5.5％以内，6月底前完成专项行动（牵头单位：人社局）。',
      value: 1200,
      unit: '万人',
      comparator: 'atLeast',
      // 6月底前 closes another clause: it is the deadline of 专项行动, not of this number.
      deadline: null,
      responsible: '人社局',
    });
    expect(unemployment).toMatchObject({ subject: '城镇调查失业率', value: 5.5, unit: '%', comparator: 'atMost' });
  });

  it('gives a deadline to the numbers of its clause and after, and a closing 年底前完成 to the whole sentence', () => {
    const found = targetsOf(
      '# 计划\n\n## 一、任务\n\n新建学校6所，6月底前完成2所主体工程，年内开工3所。\n\n培训学时不少于72学时，参训人员500人，年底前完成（牵头单位：人事科）。\n',
    );
    expect(found.map((target) => `${target.value}${target.unit} ${target.deadline ?? '-'}`)).toEqual([
      '6所 -',
      '2所 6月底前',
      '3所 年内',
      '72学时 年底前',
      '500人 年底前',
    ]);
  });

  it('reads the rows of a target table with its unit, 责任科室 and 完成时限 columns', () => {
    const rows = targetsOf(PLAN).slice(2);
    expect(rows).toEqual([
      expect.objectContaining({ line: 17, subject: '课后服务参与率', value: 95, unit: '%', comparator: 'atLeast', responsible: '基教科', deadline: '9月底前' }),
      expect.objectContaining({
        line: 18,
        subject: '培训场次',
        value: 20,
        low: 20,
        high: 30,
        unit: '场',
        comparator: 'range',
        responsible: '培训科',
        deadline: '年底前',
      }),
    ]);
  });
});

describe('targets outputs', () => {
  const found = targetsOf(PLAN);

  it('lines up the terminal table by display width', () => {
    const lines = formatTargetsTable(found, { lang: 'zh', color: false, withFile: false }).split('\n');
    // 二、/（一） takes 11 columns, 城镇新增就业 12: the headings stand over their cells.
    expect(lines[0]).toBe(`行  ${padToWidth('章节', 11)}  ${padToWidth('指标', 14)}  ${padToWidth('目标', 9)}  完成时限  责任单位`);
    expect(lines[1]).toBe(`11  二、/（一）  ${padToWidth('城镇新增就业', 14)}  ≥1200万人            人社局`);
    expect(lines.at(-2)).toBe('共 4 项量化目标');
  });

  it('quotes csv fields that hold commas or quotes, with a BOM only for files', () => {
    const csv = formatTargetsCsv(found, 'zh', false);
    expect(csv.startsWith('文件,行,章节')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      'plan.md,11,二、/（一）,稳定就业,城镇新增就业,1200,万人,不少于,,,,人社局,城镇新增就业1200万人以上，城镇调查失业率控制在5.5％以内，6月底前完成专项行动（牵头单位：人社局）。',
    );
    expect(formatTargetsCsv([{ ...found[0]!, text: 'a,"b"' }], 'en', true)).toContain('\ufeffFile,');
    expect(formatTargetsCsv([{ ...found[0]!, text: 'a,"b"' }], 'en', false)).toContain(',"a,""b"""');
  });

  it('escapes pipes in Markdown cells', () => {
    const md = formatTargetsMarkdown([{ ...found[0]!, subject: 'a|b' }], 'zh', true);
    expect(md.split('\n')[0]).toBe('| 文件 | 行 | 章节 | 指标 | 目标 | 完成时限 | 责任单位 |');
    expect(md).toContain('| a\\|b |');
  });
});
