import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { treeSummary } from './tree-summary.js';

const tree = (markdown: string): string[] => treeSummary(parsePlan(markdown).document);

describe('plan tree', () => {
  it('nests every level by its marker, with positions, whatever the Markdown syntax', () => {
    const markdown = [
      '# 2027年工作计划',
      '',
      '前言一段。',
      '',
      '## 一、工作目标',
      '',
      '### （一）加强领导。各部门要高度重视。',
      '1.明确责任',
      '（1）建立台账。每月调度。',
      '①第一项',
      '',
      '二、保障措施',
    ].join('\n');
    const { document } = parsePlan(markdown);
    expect(document.title).toEqual({
      text: '2027年工作计划',
      source: 'heading',
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 12, offset: 11 } },
    });
    expect(treeSummary(document)).toEqual([
      '| p 前言一段。 @3:1-3:6',
      '[1] 一、@5:4-5:6 “工作目标”@5:6-5:10 heading #1 span=5:1-10:5',
      '  [2] （一）@7:5-7:8 “加强领导”@7:8-7:12 end=。 run-in heading #1 span=7:1-10:5',
      '    | p 各部门要高度重视。 @7:13-7:22',
      '    [3] 1.@8:1-8:3 “明确责任”@8:3-8:7 paragraph #1 span=8:1-10:5',
      '      [4] （1）@9:1-9:4 “建立台账”@9:4-9:8 end=。 run-in paragraph #1 span=9:1-10:5',
      '        | p 每月调度。 @9:9-9:14',
      '        [5] ①@10:1-10:2 “第一项”@10:2-10:5 paragraph #1 span=10:1-10:5',
      '[1] 二、@12:1-12:3 “保障措施”@12:3-12:7 paragraph #2 span=12:1-12:7',
    ]);
  });

  it('splits lines that CommonMark merges into one paragraph at every marker', () => {
    expect(tree('一、目标\n（一）领导\n正文第一行，\n正文第二行。\n1、事项一\n2、事项二')).toEqual([
      '[1] 一、@1:1-1:3 “目标”@1:3-1:5 paragraph #1 span=1:1-6:6',
      '  [2] （一）@2:1-2:4 “领导”@2:4-2:6 paragraph #1 span=2:1-6:6',
      '    | p 正文第一行，正文第二行。 @3:1-4:7',
      '    [3] 1、@5:1-5:3 “事项一”@5:3-5:6 paragraph #1 span=5:1-5:6',
      '    [3] 2、@6:1-6:3 “事项二”@6:3-6:6 paragraph #2 span=6:1-6:6',
    ]);
  });

  it('keeps the numbers of an ordered list as written, not as CommonMark renumbers them', () => {
    expect(tree('（一）推进\n\n1. 第一项\n3. 第三项\n3. 又一个三')).toEqual([
      '[2] （一）@1:1-1:4 “推进”@1:4-1:6 paragraph #1 span=1:1-5:8',
      '  [3] 1.@3:1-3:3 “第一项”@3:4-3:7 list-item #1 span=3:1-3:7',
      '  [3] 3.@4:1-4:3 “第三项”@4:4-4:7 list-item #3 span=4:1-4:7',
      '  [3] 3.@5:1-5:3 “又一个三”@5:4-5:8 list-item #3 span=5:1-5:8',
    ]);
  });

  it('reads half-width, mixed and over-punctuated brackets and two-character ordinals', () => {
    expect(tree('(一)半角括号\n（一)混合括号\n（一）、多了顿号\n十一、两字序号\n（十二）两字括号')).toEqual([
      '[2] (一)@1:1-1:4 “半角括号”@1:4-1:8 paragraph #1 span=1:1-1:8',
      '[2] （一)@2:1-2:4 “混合括号”@2:4-2:8 paragraph #1 span=2:1-2:8',
      '[2] （一）、@3:1-3:5 “多了顿号”@3:5-3:9 paragraph #1 span=3:1-3:9',
      '[1] 十一、@4:1-4:4 “两字序号”@4:4-4:8 paragraph #11 span=4:1-5:9',
      '  [2] （十二）@5:1-5:5 “两字括号”@5:5-5:9 paragraph #12 span=5:1-5:9',
    ]);
  });

  it('nests headings without markers by depth and leaves them unnumbered', () => {
    expect(tree('## 工作目标\n\n### 加强领导\n\n## 保障措施')).toEqual([
      '[1] ∅ “工作目标”@1:4-1:8 heading #- span=1:1-3:9',
      '  [2] ∅ “加强领导”@3:5-3:9 heading #- span=3:1-3:9',
      '[1] ∅ “保障措施”@5:4-5:8 heading #- span=5:1-5:8',
    ]);
  });

  it('numbers headings without markers from their depth under numbering: auto', () => {
    const markdown = '---\nnumbering: auto\n---\n\n## 工作目标\n\n### 加强领导\n\n### 完善制度\n\n## 保障措施';
    const { document } = parsePlan(markdown);
    expect(document.numbering).toBe('auto');
    expect(treeSummary(document)).toEqual([
      '[1] 一、@- “工作目标”@5:4-5:8 heading #1 span=5:1-9:9',
      '  [2] （一）@- “加强领导”@7:5-7:9 heading #1 span=7:1-7:9',
      '  [2] （二）@- “完善制度”@9:5-9:9 heading #2 span=9:1-9:9',
      '[1] 二、@- “保障措施”@11:4-11:8 heading #2 span=11:1-11:8',
    ]);
    expect(document.sections[0]?.marker?.generated).toBe(true);
  });

  it('reads parts, chapters and sections, including a collection written as `标题 篇N`', () => {
    expect(tree('第一篇 总体要求\n\n一、目标\n\n科技年度工作计划 篇2\n\n一、任务\n\n## 第三章 保障\n\n### 第一节 组织')).toEqual([
      '[part] 第一篇@1:1-1:4 “总体要求”@1:5-1:9 paragraph #1 span=1:1-3:5',
      '  [1] 一、@3:1-3:3 “目标”@3:3-3:5 paragraph #1 span=3:1-3:5',
      '[part] 篇2@5:10-5:12 “科技年度工作计划”@5:1-5:9 line #2 span=5:1-11:11',
      '  [1] 一、@7:1-7:3 “任务”@7:3-7:5 paragraph #1 span=7:1-7:5',
      '  [chapter] 第三章@9:4-9:7 “保障”@9:8-9:10 heading #3 span=9:1-11:11',
      '    [section] 第一节@11:5-11:8 “组织”@11:9-11:11 heading #1 span=11:1-11:11',
    ]);
  });

  it('keeps GFM tables as body blocks of their section', () => {
    const { document } = parsePlan('（一）指标\n\n| 序号 | 指标 |\n| :-- | --: |\n| 1 | 专利 |\n\n正文。');
    expect(treeSummary(document)).toEqual([
      '[2] （一）@1:1-1:4 “指标”@1:4-1:6 paragraph #1 span=1:1-7:4',
      '  | table 序号|指标 / 1|专利 @3:1-5:11',
      '  | p 正文。 @7:1-7:4',
    ]);
    expect(document.sections[0]?.body[0]).toMatchObject({ type: 'table', align: ['left', 'right'] });
  });

  it('finds markers inside emphasis and after full-width indentation', () => {
    expect(tree('**（一）加强领导。**各部门要**高度**重视。\n\n  　（二）缩进的标题\n\n（三）*强调*标题：正文在此。')).toEqual([
      '[2] （一）@1:3-1:6 “加强领导”@1:6-1:10 end=。 run-in paragraph #1 span=1:1-1:26',
      '  | p 各部门要**高度**重视。 @1:13-1:26',
      '[2] （二）@3:4-3:7 “缩进的标题”@3:7-3:12 paragraph #2 span=3:1-3:12',
      '[2] （三）@5:1-5:4 “强调标题”@5:5-5:10 end=： run-in paragraph #3 span=5:1-5:16',
      '  | p 正文在此。 @5:11-5:16',
    ]);
  });

  it('keeps a stand-alone heading’s closing punctuation apart from its title', () => {
    expect(tree('一、工作目标：\n（一）全面提升企业自主创新能力。\n1、认真做好考核迎检工作;')).toEqual([
      '[1] 一、@1:1-1:3 “工作目标”@1:3-1:7 end=： paragraph #1 span=1:1-3:14',
      '  [2] （一）@2:1-2:4 “全面提升企业自主创新能力”@2:4-2:16 end=。 paragraph #1 span=2:1-3:14',
      '    [3] 1、@3:1-3:3 “认真做好考核迎检工作”@3:3-3:13 end=; paragraph #1 span=3:1-3:14',
    ]);
  });

  it('does not take look-alikes inside sentences for markers', () => {
    expect(tree('一、二等奖各评出5名。\n\n二、三产业协调发展。\n\n1.2024年完成了目标。\n\n会议于3:00开始。')).toEqual([
      '| p 一、二等奖各评出5名。 @1:1-1:12',
      '| p 二、三产业协调发展。 @3:1-3:11',
      '| p 1.2024年完成了目标。 @5:1-5:14',
      '| p 会议于3:00开始。 @7:1-7:11',
    ]);
  });

  it('does not split a run-in heading at punctuation inside quotes or a time', () => {
    expect(tree('（一）实施“科技兴区。”战略\n（二）3:00召开会议')).toEqual([
      '[2] （一）@1:1-1:4 “实施“科技兴区。”战略”@1:4-1:15 paragraph #1 span=1:1-1:15',
      '[2] （二）@2:1-2:4 “3:00召开会议”@2:4-2:12 paragraph #2 span=2:1-2:12',
    ]);
  });

  it('gives positions in the normalised source for CRLF and BOM input and reports the line ends', () => {
    const result = parsePlan('\ufeff一、目标\r\n\r\n（一）领导\r\n');
    expect(result.crlf).toBe(true);
    expect(result.source).toBe('一、目标\n\n（一）领导\n');
    expect(treeSummary(result.document)).toEqual([
      '[1] 一、@1:1-1:3 “目标”@1:3-1:5 paragraph #1 span=1:1-3:6',
      '  [2] （一）@3:1-3:4 “领导”@3:4-3:6 paragraph #1 span=3:1-3:6',
    ]);
  });

  it('keeps raw HTML as an html block, never as markup', () => {
    const { document } = parsePlan('一、目标\n\n<script>alert(1)</script>\n\n<!-- plan-disable no-placeholder -->');
    expect(document.sections[0]?.body.map((block) => block.type)).toEqual(['html', 'html']);
  });

  it('reads ranges written with a half-width tilde as text, and strikes through only ~~', () => {
    const { document } = parsePlan('一、目标\n\n完成3~5个项目，力争8~10个，~~删去~~。');
    expect(treeSummary(document)).toEqual([
      '[1] 一、@1:1-1:3 “目标”@1:3-1:5 paragraph #1 span=1:1-3:25',
      '  | p 完成3~5个项目，力争8~10个，~~删去~~。 @3:1-3:25',
    ]);
    expect(document.sections[0]?.body[0]).toMatchObject({
      children: [{ type: 'text', value: '完成3~5个项目，力争8~10个，' }, { type: 'delete' }, { type: 'text', value: '。' }],
    });
  });

  it('keeps an item numbered 0 as a list in the body; the next item is a section', () => {
    expect(tree('一、目标\n\n0. 零项\n1. 一项\n')).toEqual([
      '[1] 一、@1:1-1:3 “目标”@1:3-1:5 paragraph #1 span=1:1-4:6',
      '  | list ordered 0:p 零项 @3:4-3:6 @3:1-3:6',
      '  [3] 1.@4:1-4:3 “一项”@4:4-4:6 list-item #1 span=4:1-4:6',
    ]);
  });
});
