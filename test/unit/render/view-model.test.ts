import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanError } from '../../../src/errors.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../src/render/build-view-model.js';
import type { ViewBlock, ViewHeading, ViewRun } from '../../../src/render/view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../src/template/load-template.js';
import { EXAMPLES_DIR } from '../../helpers/corpus.js';

let plan: LoadedTemplate;
let official: LoadedTemplate;

beforeAll(async () => {
  plan = await loadTemplate('plan', { cwd: process.cwd() });
  official = await loadTemplate('official', { cwd: process.cwd() });
});

const example = readFileSync(join(EXAMPLES_DIR, '2027-科技工作计划.md'), 'utf8');

function text(runs: readonly ViewRun[] | null): string {
  return (runs ?? []).map((run) => (run.type === 'text' ? run.text : '\n')).join('');
}

function headings(blocks: readonly ViewBlock[]): ViewHeading[] {
  return blocks.filter((block): block is ViewHeading => block.type === 'heading');
}

describe('buildViewModel on the example', () => {
  it('gives the title, the body blocks in order and the fonts per level', () => {
    const view = buildViewModel(parsePlan(example).document, plan);
    expect(view.title?.lines).toEqual(['樊城区科学技术局2027年科技工作计划']);
    expect(view.title?.font.sizePt).toBe(22);
    const [preamble, goal] = view.blocks;
    expect(preamble).toMatchObject({ type: 'paragraph', prefix: '' });
    expect(goal).toMatchObject({ type: 'heading', level: 1, marker: '一、', alignment: 'indented' });
    const all = headings(view.blocks);
    expect(all.find((heading) => heading.level === 1)?.font.eastAsia[0]).toBe('黑体');
    expect(all.find((heading) => heading.level === 2)?.font.eastAsia[0]).toBe('楷体_GB2312');
    expect(all.find((heading) => heading.level === 3)?.font).toMatchObject({ eastAsia: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'], bold: false });
    expect(view.blocks.some((block) => block.type === 'table')).toBe(true);
  });

  it('splits a run-in heading into the heading in its font and the body in the body font', () => {
    const view = buildViewModel(parsePlan(example).document, plan);
    const runIn = headings(view.blocks).find((heading) => heading.marker === '1.' && heading.runIn !== null);
    expect(runIn).toBeDefined();
    expect(text(runIn!.title)).toBe('大力培育企业自主创新能力。');
    expect(text(runIn!.runIn)).toMatch(/^组织湖北化纤申报省级重点实验室/);
    expect(runIn!.runInFont).toBe(plan.manifest.fonts.body);
  });

  it('keeps a table with its header row and alignment', () => {
    const view = buildViewModel(parsePlan(example).document, plan);
    const table = view.blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.align).toEqual(['center', 'left', 'right', 'right', 'left']);
    expect(table?.type === 'table' && table.rows[0]?.map(text)).toEqual(['序号', '指标', '2026年完成', '2027年目标', '责任科室']);
  });

  it('prints the signature and the date in Arabic numerals without zero padding', () => {
    const view = buildViewModel(parsePlan(example).document, plan);
    expect(view.signature).toBe('樊城区科学技术局');
    expect(view.date).toBe('2027年1月5日');
    expect(view.pageNumber).toEqual({ before: '— ', after: ' —' });
    // The plan template prints no 版头 and no 版记.
    expect(view.header.redHeader).toBeNull();
    expect(view.imprint).toBeNull();
  });

  it('fills the 版头 and 版记 for the official template', () => {
    const view = buildViewModel(parsePlan(example).document, official);
    expect(view.header).toMatchObject({ redHeader: '樊城区科学技术局文件', docNumber: '樊科发〔2027〕1号', redRule: true });
    expect(view.recipients).toBe('各街道办事处、区直有关单位：');
    expect(view.imprint).toEqual({
      cc: ['抄送：区委办公室，区人大常委会办公室，区政府办公室。'],
      printer: { left: '樊城区科学技术局办公室', right: '2027年1月5日印发' },
    });
  });
});

describe('buildViewModel options', () => {
  it('bolds the third level when the template asks', () => {
    const bold = { ...plan, manifest: { ...plan.manifest, options: { ...plan.manifest.options, boldLevel3: true } } };
    const view = buildViewModel(parsePlan(example).document, bold);
    const third = headings(view.blocks).find((heading) => heading.level === 3);
    expect(third?.font.bold).toBe(true);
    expect(headings(view.blocks).find((heading) => heading.level === 4)?.font.bold).toBe(false);
  });

  it('starts every part but the first on a new page', () => {
    const source = '# 两篇计划\n\n篇1 第一篇计划\n\n一、目标\n\n正文。\n\n篇2 第二篇计划\n\n一、目标\n\n正文。\n';
    const view = buildViewModel(parsePlan(source).document, plan);
    const parts = headings(view.blocks).filter((heading) => heading.level === 'part');
    expect(parts.map((part) => part.pageBreakBefore)).toEqual([false, true]);
    expect(parts.every((part) => part.alignment === 'centered')).toBe(true);
  });

  it('refuses a plan that lacks a field the template requires, naming the field', () => {
    const source = '---\ntitle: 计划\n---\n\n一、目标\n\n正文。\n';
    let caught: unknown;
    try {
      buildViewModel(parsePlan(source, { file: 'a.md' }).document, official);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanError);
    const error = caught as PlanError;
    expect(error.text.zh).toContain('issuer（发文机关）');
    expect(error.text.zh).toContain('docNumber（发文字号）');
    expect(error.text.en).toContain('a.md: the template official needs issuer, docNumber, date');
  });

  it('says a required field is invalid, not missing, when its value was refused (a date that does not exist)', () => {
    const source = '---\ntitle: 计划\nissuer: 樊城区科学技术局\ndocNumber: 樊科发〔2027〕1号\ndate: 2027-13-45\n---\n\n一、目标\n';
    let caught: unknown;
    try {
      buildViewModel(parsePlan(source, { file: 'a.md' }).document, official);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanError);
    expect((caught as PlanError).text.zh).toBe(
      'a.md：模板 official 需要文件头中的 date（成文日期），但其取值无效；请按 plan check 的提示改正（没有生成任何文件）',
    );
  });

  it('drops comments and shows other raw HTML as text, never as markup', () => {
    const source = '# 计划\n\n<!-- plan-disable no-placeholder -->\n\n<script>alert(1)</script>\n\n一、目标\n\n正文。\n';
    const view = buildViewModel(parsePlan(source).document, plan);
    const paragraphs = view.blocks.filter((block) => block.type === 'paragraph');
    expect(paragraphs.map((block) => block.type === 'paragraph' && text(block.runs))).toEqual(['<script>alert(1)</script>', '正文。']);
  });

  it('keeps inline formatting as run flags', () => {
    const view = buildViewModel(parsePlan('# 计划\n\n要**重视**，*认真*落实。\n').document, plan);
    const paragraph = view.blocks[0];
    expect(paragraph?.type === 'paragraph' && paragraph.runs).toEqual([
      expect.objectContaining({ text: '要', bold: false }),
      expect.objectContaining({ text: '重视', bold: true }),
      expect.objectContaining({ text: '，', bold: false }),
      expect.objectContaining({ text: '认真', italic: true }),
      expect.objectContaining({ text: '落实。' }),
    ]);
  });
});

describe('attachments (附件)', () => {
  const source = `---
title: 计划
issuer: 樊城区科学技术局
docNumber: 樊科发〔2027〕1号
date: 2027-01-05
attachments: [2027年重点任务分工表]
---

一、目标

正文。

## 附件1：2027年重点任务分工表

附件正文。
`;

  it('takes them out of the body: each a typed attachment with its label, its centred title and its own blocks', () => {
    const view = buildViewModel(parsePlan(source).document, official);
    expect(headings(view.blocks).map((heading) => text(heading.title))).toEqual(['目标']);
    expect(text(view.blocks.flatMap((block) => (block.type === 'paragraph' ? block.runs : [])))).not.toContain('附件正文');
    expect(view.appendices).toHaveLength(1);
    const [appendix] = view.appendices;
    expect(appendix).toMatchObject({ label: '附件1', newPage: true, title: { lines: ['2027年重点任务分工表'], font: official.manifest.fonts.title } });
    expect(appendix?.labelFont.eastAsia[0]).toBe('黑体');
    expect(appendix?.labelFont.sizePt).toBe(16);
    expect(appendix?.blocks).toEqual([expect.objectContaining({ type: 'paragraph', runs: [expect.objectContaining({ text: '附件正文。' })] })]);
  });

  it("keeps an attachment's own sections with it, numbered again from 一、, in the levels' fonts", () => {
    const withSections = `${source}\n## 一、总体要求\n\n（一）指导思想。坚持创新。\n\n## 二、重点任务\n\n正文。\n`;
    const view = buildViewModel(parsePlan(withSections).document, plan);
    expect(headings(view.blocks).map((heading) => heading.marker)).toEqual(['一、']);
    const blocks = view.appendices[0]?.blocks ?? [];
    expect(headings(blocks).map((heading) => [heading.marker, heading.depth, heading.font.eastAsia[0]])).toEqual([
      ['一、', 0, '黑体'],
      ['（一）', 1, '楷体_GB2312'],
      ['二、', 0, '黑体'],
    ]);
  });

  it('puts them on a new page in the plan template too, and only follows the closing lines where a template turns new pages off', () => {
    expect(buildViewModel(parsePlan(source).document, plan).appendices[0]?.newPage).toBe(true);
    const sameFlow = { ...plan, manifest: { ...plan.manifest, options: { ...plan.manifest.options, attachmentsOnNewPage: false } } };
    const view = buildViewModel(parsePlan(source).document, sameFlow);
    expect(view.appendices[0]?.newPage).toBe(false);
    expect(view.appendices[0]?.label).toBe('附件1');
  });
});
