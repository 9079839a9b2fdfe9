import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { closingParagraphs } from '../../../../src/render/docx/closing.js';
import { documentChildren } from '../../../../src/render/docx/render-docx.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { attributes, findAll, textOf, xmlTree } from './xml-tree.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

const SOURCE = `---
title: 计划
signature: 樊城区科学技术局
date: 2027-01-05
attachments:
  - 2027年重点任务分工表
  - 2027年项目计划表
---

一、目标

正文。
`;

describe('closing lines', () => {
  it('prints the 附件说明, then the signature and the date with the date two characters in from the right', () => {
    const view = buildViewModel(parsePlan(SOURCE).document, template);
    const paragraphs = closingParagraphs(view, template.manifest).map(xmlTree);
    expect(paragraphs.map(textOf)).toEqual(['', '附件：1. 2027年重点任务分工表', '　　　2. 2027年项目计划表', '', '樊城区科学技术局', '2027年1月5日']);
    const signature = paragraphs[4];
    const date = paragraphs[5];
    // Set from the left, two characters (of 15.75 pt: 16 pt less the −0.25 pt spacing) right of the
    // signature's first character: a right-aligned date moved with the printed width of its digits.
    expect(attributes(date, 'w:jc')).toEqual({ 'w:val': 'left' });
    expect(attributes(date, 'w:ind')).toEqual({ 'w:left': 8845 - 630 - 8 * 315 + 2 * 315 });
    // The date (6 characters wide) starts two characters right of the signature (8 wide): the signature stays 2 in.
    expect(attributes(signature, 'w:ind')).toEqual({ 'w:right': 630 });
  });

  it('moves a short signature left so that the date starts two characters right of it', () => {
    const view = buildViewModel(parsePlan(SOURCE.replace('樊城区科学技术局', '科技局')).document, template);
    const paragraphs = closingParagraphs(view, template.manifest).map(xmlTree);
    const signature = paragraphs.find((paragraph) => textOf(paragraph) === '科技局');
    // 2 + 6 + 2 − 3 = 7 characters in.
    expect(attributes(signature, 'w:ind')).toEqual({ 'w:right': Math.round(15.75 * 7 * 20) });
  });

  it('keeps a long signature two characters in and starts the date two characters right of its first', () => {
    const view = buildViewModel(parsePlan(SOURCE.replace('樊城区科学技术局', '樊城区科学技术局办公室')).document, template);
    const paragraphs = closingParagraphs(view, template.manifest).map(xmlTree);
    const signature = paragraphs.find((paragraph) => textOf(paragraph) === '樊城区科学技术局办公室');
    const date = paragraphs.find((paragraph) => textOf(paragraph) === '2027年1月5日');
    expect(attributes(signature, 'w:ind')).toEqual({ 'w:right': 630 });
    expect(attributes(date, 'w:ind')).toEqual({ 'w:left': 8845 - 630 - 11 * 315 + 2 * 315 });
  });

  it('holds the closing lines together, with the whole last paragraph of the body: no 署名 alone on a page', () => {
    const view = buildViewModel(parsePlan(SOURCE.replace('正文。', '前文。\n\n最后一段正文。')).document, template);
    const paragraphs = documentChildren(view, template.manifest).numbered.map(xmlTree);
    const kept = paragraphs.map((paragraph) => [textOf(paragraph), findAll(paragraph, 'w:keepNext').length > 0, findAll(paragraph, 'w:keepLines').length > 0]);
    const last = kept.findIndex(([text]) => text === '最后一段正文。');
    expect(kept.find(([text]) => text === '前文。')).toEqual(['前文。', false, false]);
    expect(kept.slice(last)).toEqual([
      ['最后一段正文。', true, true],
      ['', true, false],
      ['附件：1. 2027年重点任务分工表', true, false],
      ['　　　2. 2027年项目计划表', true, false],
      ['', true, false],
      ['樊城区科学技术局', true, false],
      ['2027年1月5日', false, false],
    ]);
  });

  it('keeps no paragraph with a table that ends the body, nor anything when there is no closing', () => {
    const table = buildViewModel(parsePlan(SOURCE.replace('正文。', '| 任务 | 时限 |\n|---|---|\n| 甲 | 6月 |')).document, template);
    const before = documentChildren(table, template.manifest).numbered.map(xmlTree);
    expect(before.filter((paragraph) => findAll(paragraph, 'w:keepLines').length > 0).map(textOf)).toEqual(['一、目标']);
    const bare = buildViewModel(parsePlan('---\ntitle: 计划\n---\n\n正文。\n').document, template);
    expect(
      documentChildren(bare, template.manifest)
        .numbered.map(xmlTree)
        .filter((paragraph) => findAll(paragraph, 'w:keepNext').length > 0)
        .map(textOf),
    ).toEqual(['计划']);
  });
});
