import { describe, expect, it } from 'vitest';
import { fixed, found } from '../rule-harness.js';

const title = '# 2027年科技工作计划\n\n';

describe('no-empty-section', () => {
  it('reports a heading with nothing below it, at its heading line', () => {
    const text = `${title}## 一、工作目标\n\n## 二、重点任务\n\n全年完成。\n`;
    expect(found('no-empty-section', text)).toEqual([
      { message: '“一、”（一级标题）下没有内容：请补写正文或下级标题，或删除该标题', range: '3:1-3:10', text: '## 一、工作目标' },
    ]);
  });

  it('takes items closed by 。 or ； for content', () => {
    expect(found('no-empty-section', `${title}一、目标\n\n1、完成申报。\n\n2、组织培训；\n`)).toEqual([]);
  });
});

describe('single-child', () => {
  it('reports the only sub-heading as information', () => {
    const text = `${title}一、目标\n\n（一）领导。落实责任。\n`;
    expect(found('single-child', text)).toEqual([
      { message: '“一、”（一级标题）下只有一个下级标题“（一）”（二级标题）：可并入上级，或补齐其他各项', range: '5:1-5:4', text: '（一）' },
    ]);
  });
});

describe('heading-punctuation', () => {
  it('reports and removes the punctuation closing a stand-alone heading', () => {
    const text = `${title}一、工作目标：\n\n全年完成。\n\n## 二、保障措施。\n\n按季度通报。\n`;
    expect(found('heading-punctuation', text)).toEqual([
      { message: '单独成行的标题末尾不应有标点：“一、”（一级标题）以“：”结尾', range: '3:7-3:8', text: '：' },
      { message: '单独成行的标题末尾不应有标点：“二、”（一级标题）以“。”结尾', range: '7:10-7:11', text: '。' },
    ]);
    expect(fixed('heading-punctuation', text)).toBe(`${title}一、工作目标\n\n全年完成。\n\n## 二、保障措施\n\n按季度通报。\n`);
  });

  it('accepts a run-in heading ending in 。 and reports one ending in ：', () => {
    const text = `${title}（一）加强领导。各部门落实责任。\n\n（二）完善制度：建立考核办法。\n`;
    expect(found('heading-punctuation', text)).toEqual([{ message: '段内标题应以“。”结尾：“（二）”（二级标题）以“：”结尾', range: '5:8-5:9', text: '：' }]);
  });

  it('leaves an item that is a sentence alone', () => {
    expect(found('heading-punctuation', `${title}一、目标\n\n1、完成项目申报。\n`)).toEqual([]);
  });
});

describe('title', () => {
  it('reports a plan without a title at its start', () => {
    expect(found('title', '一、目标\n\n全年完成。\n')).toEqual([
      { message: '计划缺少标题：请在文件头写 title:，或在第一行写“# 标题”', range: '1:1-1:1', text: '' },
    ]);
  });

  it('reports and removes punctuation closing a heading title', () => {
    const text = '# 2027年科技工作计划。\n\n正文。\n';
    expect(found('title', text)).toEqual([{ message: '标题末尾不加标点：“2027年科技工作计划。”', range: '1:14-1:15', text: '。' }]);
    expect(fixed('title', text)).toBe('# 2027年科技工作计划\n\n正文。\n');
  });

  it('accepts a front-matter title', () => {
    expect(found('title', '---\ntitle: 2027年科技工作计划\n---\n\n正文。\n')).toEqual([]);
  });
});

describe('front-matter', () => {
  it('turns parse messages into diagnostics at the key, warnings for unknown keys', () => {
    const text = '---\ntitle: 2027年工作计划\nurgency: 很急\nauthor: 张三\n---\n\n正文。\n';
    const findings = found('front-matter', text);
    expect(findings.map((finding) => [finding.range, finding.text])).toEqual([
      ['3:1-3:12', 'urgency: 很急'],
      ['4:1-4:11', 'author: 张三'],
    ]);
    expect(findings[0]?.message).toContain('“urgency”的值 "很急" 不正确');
    expect(findings[1]?.message).toContain('未知的键“author”');
  });

  it('reports invalid YAML', () => {
    const findings = found('front-matter', '---\ntitle: [unclosed\n---\n\n正文。\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^文件头 YAML 格式有误（第 \d 行）/);
  });
});
