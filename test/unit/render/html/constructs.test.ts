import { describe, expect, it } from 'vitest';
import { renderArticle, renderPage } from './render-plan.js';

/**
 * One snapshot per construct of a plan, as the built-in template writes it.
 * After an intended change to the templates run `npx vitest run --config
 * test/vitest.config.ts -u test/unit/render/html` and review the diff.
 */
describe('HTML of each construct (plan template)', () => {
  it('title block and preamble', async () => {
    expect(await renderArticle('---\ntitle: 樊城区科学技术局2027年科技工作计划\n---\n\n2027年，全局将围绕中心工作。\n')).toMatchSnapshot();
  });

  it('stand-alone headings of every level, ranked h2–h6 by nesting, then ARIA', async () => {
    const markdown = [
      '# 计划',
      '',
      '第一篇 总体要求',
      '',
      '## 一、工作目标',
      '',
      '### （一）总体目标',
      '',
      '1.科技创新',
      '',
      '（1）研发投入',
      '',
      '①企业研发',
      '',
      '正文。',
    ].join('\n');
    expect(await renderArticle(markdown)).toMatchSnapshot();
  });

  it('a run-in heading: heading and body in one line, marker in its own element', async () => {
    expect(await renderArticle('# 计划\n\n## 一、重点\n\n（一）加强领导。各部门要高度重视。\n')).toMatchSnapshot();
  });

  it('a GFM table with column alignment', async () => {
    const table = ['# 计划', '', '| 序号 | 指标 | 目标 |', '| :--: | :-- | --: |', '| 1 | 专利申请量（件） | 1300 |', '| 2 | 高新技术企业（家） | 2 |'].join(
      '\n',
    );
    expect(await renderArticle(table)).toMatchSnapshot();
  });

  it('inline formatting, links and a line break', async () => {
    expect(await renderArticle('# 计划\n\n这是**重点**、*强调*、~~删除~~和`代码`，见[网站](https://example.gov.cn/a?b=1&c=2)。  \n换行。\n')).toMatchSnapshot();
  });

  it('lists, quotes and code blocks that are not numbered sections', async () => {
    expect(await renderArticle('# 计划\n\n- 第一项\n- 第二项\n\n> 引用的文字\n\n```\n原样 <保留>\n第二行\n```\n')).toMatchSnapshot();
  });

  it('attachments, signature and date', async () => {
    const markdown =
      '---\ntitle: 计划\nsignature: 樊城区科学技术局\ndate: 2027-01-05\nattachments: [任务分解表, 考核办法]\nnotes: 此件公开发布\n---\n\n正文。\n';
    expect(await renderArticle(markdown)).toMatchSnapshot();
  });

  it('a table of contents for a long plan, none for a short one', async () => {
    const paragraph = '各部门要按照年度目标任务，细化分解措施，明确责任人和完成时限，确保各项工作落到实处、取得实效。'.repeat(8);
    const sections = ['一', '二', '三', '四'].map(
      (number, index) => `## ${number}、第${index + 1}项工作\n\n（一）具体措施。${paragraph}\n\n（二）保障措施。${paragraph}\n`,
    );
    const long = await renderPage(`# 计划\n\n${sections.join('\n')}`);
    expect(long).toContain('<nav class="toc"');
    expect(long.slice(long.indexOf('<nav'), long.indexOf('</nav>') + 6)).toMatchSnapshot();
    const short = await renderPage('# 计划\n\n## 一、目标\n\n正文。\n\n## 二、措施\n\n正文。\n');
    expect(short).not.toContain('<nav');
  });
});

describe('HTML of each construct (official template)', () => {
  it('版头: notices, red header, document number with signer, red rule, recipients', async () => {
    const markdown = [
      '---',
      'title: 关于印发2027年科技工作计划的通知',
      'issuer: 樊城区科学技术局',
      'docNumber: 樊科发〔2027〕1号',
      'date: 2027-01-05',
      'signer: 张三',
      'copyNumber: "12"',
      'classification: 秘密',
      'urgency: 特急',
      'recipients: [各街道办事处]',
      '---',
      '',
      '正文。',
    ].join('\n');
    expect(await renderArticle(markdown, 'official')).toMatchSnapshot();
  });

  it('版记: 抄送 and 印发 between rules', async () => {
    const markdown = [
      '---',
      'title: 计划',
      'issuer: 樊城区科学技术局',
      'docNumber: 樊科发〔2027〕1号',
      'date: 2027-01-05',
      'cc: [区委办公室, 区政府办公室]',
      'printer: 樊城区科学技术局办公室',
      'printDate: 2027-01-05',
      '---',
      '',
      '正文。',
    ].join('\n');
    const article = await renderArticle(markdown, 'official');
    expect(article.slice(article.indexOf('<footer'), article.indexOf('</footer>') + 9)).toMatchSnapshot();
  });
});

describe('the page around the article', () => {
  it('is one self-contained zh-CN page: inline style, a CSP that allows no script and no fetch, no external references', async () => {
    const page = await renderPage('# 计划\n\n正文。\n');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1]?.replace(/&#x27;/g, "'");
    expect(policy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    expect(page).not.toMatch(/<script|<link|@import|url\(|src=/i);
    expect(page).toContain('<title>计划</title>');
  });
});
