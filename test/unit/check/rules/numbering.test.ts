import { describe, expect, it } from 'vitest';
import { fixed, found } from '../rule-harness.js';

const title = '# 2027年科技工作计划\n\n';

describe('numbering-sequence', () => {
  it.each([
    [
      'a gap among （一）…',
      `${title}一、工作目标\n\n（一）加强领导。落实责任。\n\n（三）完善制度。建立办法。\n`,
      [{ message: '编号不连续：期望“（二）”，实际“（三）”', range: '7:1-7:4', text: '（三）' }],
    ],
    [
      'a duplicate 1、',
      `${title}一、工作目标\n\n1、完成申报。\n\n1、组织培训。\n`,
      [{ message: '编号重复：期望“2、”，实际“1、”', range: '7:1-7:3', text: '1、' }],
    ],
    ['a list that does not start at one', `${title}二、工作目标\n`, [{ message: '编号不连续：期望“一、”，实际“二、”', range: '3:1-3:3', text: '二、' }]],
    [
      'a Markdown ordered list keeps the written numbers',
      `${title}一、工作目标\n\n1. 完成申报。\n2. 组织培训。\n4. 开展评估。\n`,
      [{ message: '编号不连续：期望“3.”，实际“4.”', range: '7:1-7:3', text: '4.' }],
    ],
  ])('reports %s', (_name, text, expected) => {
    expect(found('numbering-sequence', text)).toEqual(expected);
  });

  it('restarts under each parent and each part', () => {
    const text = '科技工作计划 篇1\n\n一、目标\n\n1、申报。\n\n2、培训。\n\n二、措施\n\n1、督查。\n\n科技工作计划 篇2\n\n一、目标\n\n1、申报。\n';
    expect(found('numbering-sequence', text)).toEqual([]);
  });

  it('does not take 一、二等奖 or 1.2024年 for markers', () => {
    const text = `${title}一、工作目标\n\n一、二等奖各评选5名。\n\n1.2024年完成的项目继续跟踪。\n\n二、保障措施\n`;
    expect(found('numbering-sequence', text)).toEqual([]);
  });
});

describe('numbering-order', () => {
  it('reports a higher level after a lower one under the same parent', () => {
    const text = `${title}一、工作目标\n\n1、完成申报。\n\n（一）加强领导。落实责任。\n`;
    expect(found('numbering-order', text)).toEqual([
      { message: '层级颠倒：“（一）”（二级标题）出现在同一上级下的“1、”（三级标题）之后', range: '7:1-7:4', text: '（一）' },
    ]);
  });

  it('accepts levels that go down and come back up through their parents', () => {
    const text = `${title}一、目标\n\n（一）领导\n\n1、申报。\n\n（二）制度\n\n二、措施\n`;
    expect(found('numbering-order', text)).toEqual([]);
  });
});

describe('numbering-skip', () => {
  it('reports a level-3 marker directly under a part', () => {
    const text = '科技工作计划 篇3\n\n1、全面改版网站。\n\n2、建设平台。\n';
    expect(found('numbering-skip', text).map((finding) => finding.message)).toEqual([
      '层级跳过：“1、”（三级标题）直接位于“篇3”（篇）之下，中间缺少一级标题（如“一、”）',
      '层级跳过：“2、”（三级标题）直接位于“篇3”（篇）之下，中间缺少一级标题（如“一、”）',
    ]);
  });

  it('is off in the recommended preset', async () => {
    const { presetRules } = await import('../../../../src/config/presets.js');
    expect(presetRules('recommended')['numbering-skip']?.severity).toBe('off');
    expect(presetRules('strict')['numbering-skip']?.severity).toBe('warning');
  });
});

describe('numbering-style', () => {
  it.each([
    ['一. with a dot', `${title}一.工作目标\n`, '一级标题编号写法不规范：期望“一、”，实际“一.”', '3:1-3:3', '一、工作目标'],
    ['一 with a space', `${title}一 工作目标\n`, '一级标题编号写法不规范：期望“一、”，实际“一”', '3:1-3:2', '一、工作目标'],
    ['half-width brackets', `${title}(一)加强领导\n`, '二级标题编号写法不规范：期望“（一）”，实际“(一)”', '3:1-3:4', '（一）加强领导'],
    ['a mixed bracket', `${title}（一)加强领导\n`, '二级标题编号写法不规范：期望“（一）”，实际“（一)”', '3:1-3:4', '（一）加强领导'],
    ['、 after a bracket', `${title}（一）、加强领导\n`, '二级标题编号写法不规范：期望“（一）”，实际“（一）、”', '3:1-3:5', '（一）加强领导'],
    ['full-width digits', `${title}１.完成申报。\n`, '三级标题编号写法不规范：期望“1.”，实际“１.”', '3:1-3:3', '1.完成申报。'],
    ['(1) half-width', `${title}(1)按月调度。\n`, '四级标题编号写法不规范：期望“（1）”，实际“(1)”', '3:1-3:4', '（1）按月调度。'],
    ['①、', `${title}①、明确分工。\n`, '五级标题编号写法不规范：期望“①”，实际“①、”', '3:1-3:3', '①明确分工。'],
  ])('reports and fixes %s', (_name, text, message, range, fixedLine) => {
    const findings = found('numbering-style', text);
    expect(findings.map(({ message: m, range: r }) => ({ message: m, range: r }))).toEqual([{ message, range }]);
    const output = fixed('numbering-style', text);
    expect(output.split('\n')[2]).toBe(fixedLine);
    expect(found('numbering-style', output)).toEqual([]);
  });

  it('asks for one level-3 form per document, the majority one by default', () => {
    const text = `${title}一、目标\n\n1、申报。\n\n2、培训。\n\n3.评估。\n`;
    expect(found('numbering-style', text)).toEqual([{ message: '三级标题编号写法不统一：期望“3、”，实际“3.”', range: '9:1-9:3', text: '3.' }]);
  });

  it('takes 1. when the option says GB/T 9704', () => {
    const text = `${title}一、目标\n\n1、申报。\n`;
    expect(found('numbering-style', text, { arabic: '1.' })).toEqual([
      { message: '三级标题编号写法不规范：期望“1.”，实际“1、”', range: '5:1-5:3', text: '1、' },
    ]);
    expect(fixed('numbering-style', text, { arabic: '1.' })).toContain('\n1.申报。\n');
  });
});

describe('inline-enumeration', () => {
  it('reports an enumeration out of order with the exact characters', () => {
    const text = `${title}一、目标\n\n一是完成申报；二是组织培训；四是开展评估。\n`;
    expect(found('inline-enumeration', text)).toEqual([{ message: '段内列举顺序不对：期望“三是”，实际“四是”', range: '5:15-5:17', text: '四是' }]);
  });

  it('follows an enumeration across paragraphs of one section and restarts under the next', () => {
    const text = `${title}一、目标\n\n一是完成申报。\n\n二是组织培训。\n\n二、措施\n\n一是加强督查。\n\n三是严格考核。\n`;
    expect(found('inline-enumeration', text)).toEqual([{ message: '段内列举顺序不对：期望“二是”，实际“三是”', range: '13:1-13:3', text: '三是' }]);
  });

  it('does not take 统一是 or 唯一是 for an enumeration', () => {
    expect(found('inline-enumeration', `${title}一是统一思想，统一是前提，唯一是标准。\n`)).toEqual([]);
  });
});

describe('numbering in attachments', () => {
  const notice = `${title}一、工作目标\n\n（一）加强领导。落实责任。\n\n## 附件\n\n# 实施意见\n\n一、总体要求\n\n（一）指导思想。坚持创新。\n\n（三）基本原则。统筹推进。\n`;

  it("checks each attachment's tree on its own: its 一、 is not a duplicate of the body's, its gaps are still found", () => {
    expect(found('numbering-sequence', notice)).toEqual([{ message: '编号不连续：期望“（二）”，实际“（三）”', range: '15:1-15:4', text: '（三）' }]);
  });

  it('checks the order of levels inside an attachment', () => {
    const reversed = `${title}一、工作目标\n\n## 附件\n\n# 实施意见\n\n一、总体要求\n\n1、完成申报。\n\n（一）加强领导。落实责任。\n`;
    expect(found('numbering-order', reversed).map((finding) => finding.range)).toEqual(['13:1-13:4']);
  });
});
