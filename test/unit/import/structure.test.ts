import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/import/import-file.js';
import { importDocument, summariseOutline } from '../../../src/import/import-document.js';
import { readMarkdown } from '../../../src/import/readers/read-markdown.js';
import { EXAMPLES_DIR } from '../../helpers/corpus.js';
import type { ImportLine } from '../../../src/import/import-line.js';
import { extractMetadata } from '../../../src/import/structure/extract-metadata.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { plainText } from '../../../src/parse/inlines.js';

function lines(texts: readonly string[]): ImportLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, kind: 'text' }));
}

function importTexts(texts: readonly string[]): string {
  return importDocument(lines(texts), { steps: {}, splitParts: false }).plans[0]!.markdown;
}

describe('structure recovery', () => {
  it('makes stand-alone 一、 and （一） lines headings and leaves run-in lines as paragraphs', () => {
    const markdown = importTexts(['一、工作目标', '（一）加强领导。各部门要高度重视。', '（二）完善制度', '1、建立例会制度。', '（1）每月一次。']);
    expect(markdown).toBe('## 一、工作目标\n\n（一）加强领导。各部门要高度重视。\n\n### （二）完善制度\n\n1、建立例会制度。\n\n（1）每月一次。\n');
    const document = parsePlan(markdown).document;
    const first = document.sections[0]!;
    expect(first.children.map((child) => [child.marker?.raw, child.runIn])).toEqual([
      ['（一）', true],
      ['（二）', false],
    ]);
    expect(first.children[1]!.children[0]!.children[0]!.marker?.raw).toBe('（1）');
  });

  it('never turns an ordinary paragraph into a heading, whatever Markdown it looks like', () => {
    const texts = [
      '# 不是标题',
      '1. 不是列表',
      '- 不是列表',
      '> 不是引用',
      '---',
      '    不是代码',
      '*强调*与_下划线_',
      '<b>不是HTML</b>',
      '[链接](x)',
      '二、三产业发展良好。',
      '3.5%的增长',
    ];
    const markdown = importTexts(texts);
    const document = parsePlan(markdown).document;
    expect(document.sections.map((section) => section.marker?.raw)).toEqual(['1.']);
    // Each line reads back as written, one paragraph per line.
    const paragraphs = [...document.preamble, ...document.sections.flatMap((section) => section.body)];
    const read = paragraphs.map((block) => (block.type === 'paragraph' ? plainText(block.children) : block.type));
    expect(read).toEqual([
      '# 不是标题',
      '- 不是列表',
      '> 不是引用',
      '---',
      '不是代码',
      '*强调*与_下划线_',
      '<b>不是HTML</b>',
      '[链接](x)',
      '二、三产业发展良好。',
      '3.5%的增长',
    ]);
    expect(document.sections[0]!.title.text).toBe('不是列表');
  });

  it('moves issuer header, document number, title, signature and date into front matter', () => {
    const result = extractMetadata(
      lines(['樊城区科技局文件', '樊科发〔2027〕1号', '2027年科技工作计划', '一、工作目标', '做好工作。', '樊城区科技局', '2027年1月5日']),
    );
    expect(result.metadata).toEqual({ issuer: '樊城区科技局', docNumber: '樊科发〔2027〕1号', title: '2027年科技工作计划', date: '2027年1月5日' });
    expect(result.lines.map((line) => line.text)).toEqual(['一、工作目标', '做好工作。']);
  });

  it('takes a closing signature only when a date follows it, and tightens a letter-spaced title', () => {
    const result = extractMetadata(lines(['政 府 工 作 报 告', '各位代表：', '现在我代表区政府作报告。', '樊城区科技局']));
    expect(result.metadata).toEqual({ title: '政府工作报告' });
    expect(result.lines).toHaveLength(3);
  });

  it('splits a collection into parts, the introduction going with the first', () => {
    const result = importDocument(lines(['引言一段。', '工作计划 篇1', '一、目标', '工作计划 篇2', '一、任务']), { steps: {}, splitParts: true });
    expect(result.plans.map((plan) => [plan.part, plan.document.metadata.title, plan.outline.levels])).toEqual([
      ['篇1', '工作计划', { '1': 1 }],
      ['篇2', '工作计划', { '1': 1 }],
    ]);
    expect(result.plans[0]!.markdown).toContain('引言一段。');
  });
});

describe('several plans in one file without 篇 markers', () => {
  const texts = ['2026年科技工作计划', '一、工作目标', '（一）加强领导', '二、工作措施', '2027年科技工作计划', '一、主要任务', '二、保障措施'];

  it('are found by their titles and the numbering starting again, and split into files', () => {
    const result = importDocument(lines(texts), { steps: {}, splitParts: true });
    expect(result.planTitles).toEqual([1, 5]);
    expect(result.plans.map((plan) => [plan.part, plan.document.metadata.title, plan.outline.levels])).toEqual([
      ['1', '2026年科技工作计划', { '1': 2, '2': 1 }],
      ['2', '2027年科技工作计划', { '1': 2 }],
    ]);
  });

  it('stay in one file as headings when not split, and the report says how to split them', () => {
    const result = importDocument(lines(texts), { steps: {}, splitParts: false });
    expect(result.plans).toHaveLength(1);
    expect(result.plans[0]!.markdown).toContain('# 2027年科技工作计划\n');
    expect(result.plans[0]!.outline.parts).toBe(1);
  });

  it('a single plan that merely mentions a title word is not cut', () => {
    const result = importDocument(lines(['2027年工作计划', '一、目标', '二、措施', '年度工作要点', '三、保障']), { steps: {}, splitParts: true });
    expect(result.planTitles).toEqual([]);
    expect(result.plans).toHaveLength(1);
  });
});

describe('a plan already in the convention', () => {
  it('imports to the same outline, metadata and tables', () => {
    const file = join(EXAMPLES_DIR, '2027-科技工作计划.md');
    const original = parsePlan(readFileSync(file, 'utf8')).document;
    const result = importSource(readMarkdown(readFileSync(file), file), 0, { steps: {}, splitParts: false });
    const imported = result.plans[0]!.document;
    expect(summariseOutline(imported)).toEqual(summariseOutline(original));
    const outline = (document: typeof original): string[] => {
      const out: string[] = [];
      const walk = (sections: typeof original.sections): void => {
        for (const section of sections) {
          out.push(`${section.marker?.raw}${section.title.text}`);
          walk(section.children);
        }
      };
      walk(document.sections);
      return out;
    };
    expect(outline(imported)).toEqual(outline(original));
    expect(imported.metadata).toEqual(original.metadata);
    const tables = (document: typeof original): number => JSON.stringify(document).split('"type":"table"').length - 1;
    expect(tables(imported)).toBe(tables(original));
  });
});

describe('Markdown headings without markers', () => {
  it('stay headings, so an auto-numbered plan keeps its structure', () => {
    const source = readMarkdown(Buffer.from('---\nnumbering: auto\n---\n\n# 年度计划\n\n## 工作目标\n\n### 加强领导\n\n## 一、主要措施\n'), 'auto.md');
    const result = importSource(source, 0, { steps: {}, splitParts: false });
    expect(result.plans[0]!.markdown).toBe('---\ntitle: 年度计划\nnumbering: auto\n---\n\n## 工作目标\n\n### 加强领导\n\n## 一、主要措施\n');
  });
});

describe('the written Markdown is read back', () => {
  it('passes on what the parser says about it, e.g. a scraped date it rejects', () => {
    const source = readMarkdown(Buffer.from('---\n发布日期: 2021年10月13日 星期三\n---\n\n一、目标\n'), 'scraped.md');
    const result = importSource(source, 0, { steps: {}, splitParts: false });
    expect(result.plans[0]!.messages.map((message) => message.id)).toEqual([expect.stringMatching(/^front-matter/u)]);
  });
});

describe('tables', () => {
  it('escape a | inside a cell, so the row keeps its cells', () => {
    const rows: ImportLine[] = [
      { text: '指标 | 目标', cells: ['指标', '目标'], line: 1, kind: 'table-row' },
      { text: 'A|B | 30', cells: ['A|B', '30'], line: 2, kind: 'table-row' },
    ];
    const markdown = importDocument(rows, { steps: {}, splitParts: false }).plans[0]!.markdown;
    expect(markdown).toBe('| 指标 | 目标 |\n| --- | --- |\n| A\\|B | 30 |\n');
    const table = parsePlan(markdown).document.preamble[0]!;
    expect(table.type === 'table' ? table.rows.map((row) => row.cells.map((cell) => plainText(cell.children))) : null).toEqual([
      ['指标', '目标'],
      ['A|B', '30'],
    ]);
  });
});
