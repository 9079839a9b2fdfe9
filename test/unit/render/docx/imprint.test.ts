import { beforeAll, describe, expect, it } from 'vitest';
import { imprintBox } from '../../../../src/render/docx/imprint.js';
import { TEXTBOX_INSET_MM } from '../../../../src/render/wml/textbox-inset.js';
import { writeBody } from '../../../../src/render/wml/write-body.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { attributes, findAll, textOf, xmlTree } from './xml-tree.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('official', { cwd: process.cwd() });
});

const IMPRINT = { cc: ['抄送：区委办公室，区政府办公室。'], printer: { left: '樊城区科学技术局办公室', right: '2027年1月5日印发' } };

function paragraphs(tree: unknown): unknown[] {
  return findAll(findAll(tree, 'w:txbxContent')[0], 'w:p');
}

describe('版记', () => {
  it('holds the 抄送 and 印发 lines in 仿宋 14 pt', () => {
    const tree = xmlTree(imprintBox(IMPRINT, template.manifest));
    const lines = paragraphs(tree);
    expect(lines.map(textOf)).toEqual(['抄送：区委办公室，区政府办公室。', '樊城区科学技术局办公室2027年1月5日印发']);
    expect(attributes(lines[0], 'w:rFonts')?.['w:eastAsia']).toBe('仿宋_GB2312');
    expect(attributes(lines[0], 'w:sz')).toEqual({ 'w:val': 28 });
    // 印发日期 right-aligned on a tab stop one character in from the right.
    expect(attributes(lines[1], 'w:tab')).toMatchObject({ 'w:val': 'right' });
  });

  it('draws rules: 0.35 mm first and last, 0.25 mm between', () => {
    const lines = paragraphs(xmlTree(imprintBox(IMPRINT, template.manifest)));
    expect(attributes(lines[0], 'w:top')).toMatchObject({ 'w:val': 'single', 'w:sz': 8 });
    expect(attributes(lines[0], 'w:bottom')).toMatchObject({ 'w:val': 'single', 'w:sz': 6 });
    expect(attributes(lines[1], 'w:bottom')).toMatchObject({ 'w:val': 'single', 'w:sz': 8 });
    expect(findAll(lines[1], 'w:top')).toHaveLength(0);
  });

  it('places the box so that its last rule lies on the bottom of the type area', () => {
    const tree = xmlTree(imprintBox(IMPRINT, template.manifest));
    const style = String((findAll(tree, 'v:shape')[0] as Array<{ _attr?: { style?: string } }>).find((item) => item._attr)?._attr?.style);
    const number = (key: string): number => Number(new RegExp(`${key}:(-?[\\d.]+)mm`).exec(style)?.[1]);
    expect(style).toContain('mso-position-vertical-relative:margin');
    // The box's inner margins, 1.5 mm, below its last rule.
    expect(number('margin-top') + number('height') - 1.5).toBeCloseTo(225, 1);
    // Two lines of 14 pt × 1.75 and the rules: about 18 mm, inside the box's inner margins.
    expect(number('height') - 3).toBeGreaterThan(17);
    expect(number('height') - 3).toBeLessThan(21);
  });

  it('is wider than the type area by its inner margins, so that its rules span the 156 mm exactly', () => {
    const { xml } = writeBody([[imprintBox(IMPRINT, template.manifest)]], ['']);
    const style = /<v:shape [^>]*style="([^"]*)"/.exec(xml)?.[1] ?? '';
    const number = (key: string): number => Number(new RegExp(`${key}:(-?[\\d.]+)mm`).exec(style)?.[1]);
    // Inner margins written as LibreOffice takes them whatever is written, so that Word and WPS take them too.
    expect(xml).toContain(`inset="${TEXTBOX_INSET_MM}mm,${TEXTBOX_INSET_MM}mm,${TEXTBOX_INSET_MM}mm,${TEXTBOX_INSET_MM}mm"`);
    expect(number('width') - 2 * TEXTBOX_INSET_MM).toBeCloseTo(156, 2);
    expect(number('margin-left')).toBeCloseTo(-TEXTBOX_INSET_MM, 2);
  });

  it('grows by a line when the 抄送 list wraps', () => {
    const long = { ...IMPRINT, cc: [`抄送：${'区委办公室，'.repeat(6)}区政府办公室。`] };
    const height = (imprint: typeof IMPRINT): number => {
      const tree = xmlTree(imprintBox(imprint, template.manifest));
      const style = JSON.stringify(findAll(tree, 'v:shape'));
      return Number(/height:([\d.]+)mm/.exec(style)?.[1]);
    };
    expect(height(long) - height(IMPRINT)).toBeCloseTo(((14 * 1.75 * 25.4) / 72) * 1, 0);
  });
});
