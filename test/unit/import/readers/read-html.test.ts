import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../../src/import/import-file.js';
import { readHtml } from '../../../../src/import/readers/read-html.js';

const PAGE = `<!doctype html><html><head><meta charset="gbk"><title>2027年工作计划_范文网</title>
<style>p { color: red }</style><script>var 一、 = 1;</script></head><body>
<div class="nav">首页 &gt; 范文 &gt; 工作计划</div>
<h1>2027年科技工作计划</h1>
<p>为做好今年工作，制定本计划。</p>
<p>一、工作目标</p>
<p>1. 完成专利申请30项；<br>2. 培育高新技术企业1家。</p>
<table><tr><th>指标</th><th>目标</th></tr><tr><td>专利</td><td>30</td></tr></table>
<div>收藏 | 打印 | 字号：大 中 小</div>
</body></html>`;

describe('reading .html', () => {
  it('reads the declared charset, drops scripts, styles and page furniture, keeps tables', () => {
    const source = readHtml(iconv.encode(PAGE, 'gbk'), 'page.html');
    expect(source.encoding?.encoding).toBe('gbk');
    const result = importSource(source, 0, { steps: {}, splitParts: false });
    const plan = result.plans[0]!;
    expect(plan.document.metadata.title).toBe('2027年科技工作计划');
    expect(plan.markdown).not.toContain('var');
    expect(plan.markdown).not.toContain('color');
    expect(plan.markdown).not.toContain('首页');
    expect(plan.markdown).not.toContain('字号');
    expect(plan.markdown).toContain('| 专利 | 30 |');
    // `1. ` would start a Markdown list; escaped, it stays the written marker.
    expect(plan.markdown).toContain('1\\. 完成专利申请30项；');
    expect(plan.outline.levels).toEqual({ '1': 1, '3': 2 });
  });
});

describe('reading a page laid out in tables', () => {
  it('reads layout tables as running text, so the sections inside them survive', () => {
    const page = `<html><body><table><tr><td class="nav">首页</td></tr><tr><td>
      <p>一、工作目标</p><p>（一）加强领导。各部门要把科技工作摆上重要议事日程，主要领导亲自抓，分管领导具体抓，形成合力。</p>
      <p>二、工作措施</p></td></tr></table></body></html>`;
    const result = importSource(readHtml(Buffer.from(page), 'page.html'), 0, { steps: {}, splitParts: false });
    expect(result.plans[0]!.outline.levels).toEqual({ '1': 2, '2': 1 });
    expect(result.plans[0]!.markdown).not.toContain('|');
  });
});
