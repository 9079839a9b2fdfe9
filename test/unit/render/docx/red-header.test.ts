import { beforeAll, describe, expect, it } from 'vitest';
import { redHeaderParagraphs } from '../../../../src/render/docx/red-header.js';
import type { ViewHeader } from '../../../../src/render/view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { attributes, findAll, textOf, xmlTree } from './xml-tree.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('official', { cwd: process.cwd() });
});

const HEADER: ViewHeader = {
  copyNumber: null,
  classification: null,
  urgency: null,
  redHeader: '樊城区科学技术局文件',
  docNumber: '樊科发〔2027〕1号',
  signer: null,
  redRule: true,
};

describe('red header (版头)', () => {
  it('sets the 发文机关标志 red, centred, in 小标宋, 35 mm below the type area top', () => {
    const [mark] = redHeaderParagraphs(HEADER, template.manifest).map(xmlTree);
    expect(textOf(mark)).toBe('樊城区科学技术局文件');
    expect(attributes(mark, 'w:jc')).toEqual({ 'w:val': 'center' });
    expect(attributes(mark, 'w:color')).toEqual({ 'w:val': 'FF0000' });
    expect(attributes(mark, 'w:rFonts')?.['w:eastAsia']).toBe('方正小标宋简体');
    // 35 mm to the glyphs' top, which sits 1.2 font sizes above the foot of the mark's two-line (1158 twip) line.
    const glyphTop = 2 * 579 - 36 * 1.2 * 20;
    expect(attributes(findAll(mark, 'w:pPr')[0], 'w:spacing')).toMatchObject({ 'w:before': Math.round(1984 - glyphTop), 'w:after': 2 * 579 });
  });

  it('moves the mark up by the lines 份号, 密级 and 紧急程度 take above it', () => {
    const paragraphs = redHeaderParagraphs({ ...HEADER, copyNumber: '000001', classification: '秘密★1年', urgency: '特急' }, template.manifest).map(xmlTree);
    expect(paragraphs.map(textOf)).toEqual(['000001', '秘密★1年', '特急', '樊城区科学技术局文件', '樊科发〔2027〕1号']);
    expect(attributes(paragraphs[1], 'w:rFonts')?.['w:eastAsia']).toBe('黑体');
    // Three lines and the glyphs' place in the mark's line are 0.8 mm more than 35 mm: the mark follows them directly.
    expect(attributes(findAll(paragraphs[3], 'w:pPr')[0], 'w:spacing')).toMatchObject({ 'w:before': 0 });
    const two = redHeaderParagraphs({ ...HEADER, copyNumber: '000001', urgency: '特急' }, template.manifest).map(xmlTree);
    expect(attributes(findAll(two[2], 'w:pPr')[0], 'w:spacing')).toMatchObject({ 'w:before': Math.round(1984 - 2 * 579 - (2 * 579 - 36 * 1.2 * 20)) });
  });

  it('draws the red rule under the centred document number, 4 mm below it', () => {
    const number = xmlTree(redHeaderParagraphs(HEADER, template.manifest)[1]!);
    expect(textOf(number)).toBe('樊科发〔2027〕1号');
    expect(attributes(number, 'w:jc')).toEqual({ 'w:val': 'center' });
    // 4 mm (11.3 pt) from the number's glyphs, whose foot is 0.39 font sizes above the line's, where the border's space starts.
    expect(attributes(number, 'w:bottom')).toEqual({ 'w:val': 'single', 'w:color': 'FF0000', 'w:sz': 18, 'w:space': Math.round((4 / 25.4) * 72 - 16 * 0.39) });
  });

  it('puts the document number left and the 签发人 right on one line for an upward document', () => {
    const number = xmlTree(redHeaderParagraphs({ ...HEADER, signer: '签发人：张三' }, template.manifest)[1]!);
    expect(textOf(number)).toBe('樊科发〔2027〕1号签发人：张三');
    expect(findAll(number, 'w:tab').length).toBeGreaterThanOrEqual(1);
    expect(attributes(number, 'w:ind')).toEqual({ 'w:left': 320, 'w:right': 320 });
  });

  it('prints nothing without a red rule when the plan template turns the 版头 off', async () => {
    const empty: ViewHeader = { copyNumber: null, classification: null, urgency: null, redHeader: null, docNumber: null, signer: null, redRule: false };
    expect(redHeaderParagraphs(empty, template.manifest)).toEqual([]);
  });
});
