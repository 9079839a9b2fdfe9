import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { tableBlock } from '../../../../src/render/docx/tables.js';
import type { ViewTable } from '../../../../src/render/view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import type { TemplateManifest } from '../../../../src/template/manifest-types.js';
import { attributes, findAll, textOf, xmlTree } from './xml-tree.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

const SOURCE = `# 计划

| 序号 | 指标 | 目标 |
| :--: | :-- | --: |
| 1 | 专利申请量（件） | 1300 |
| 2 | 新认定高新技术企业（家） | 2 |
`;

function tableOf(manifest: TemplateManifest): ViewTable {
  const block = buildViewModel(parsePlan(SOURCE).document, { ...template, manifest }).blocks.find((item) => item.type === 'table');
  if (block?.type !== 'table') throw new Error('no table');
  return block;
}

function table(): ViewTable {
  return tableOf(template.manifest);
}

describe('GFM tables', () => {
  it('spans the type area with fixed column widths', () => {
    const tree = xmlTree(tableBlock(table(), template.manifest));
    const widths = findAll(tree, 'w:gridCol').map((column) => (column as { _attr: Record<string, number> })._attr['w:w'] as number);
    expect(widths).toHaveLength(3);
    const total = widths.reduce((sum, width) => sum + width, 0);
    expect(total).toBeGreaterThan(8845 - 10);
    expect(total).toBeLessThanOrEqual(8845);
    expect(attributes(tree, 'w:tblLayout')).toEqual({ 'w:type': 'fixed' });
  });

  it('sizes columns by their content, the widest column widest', () => {
    const tree = xmlTree(tableBlock(table(), template.manifest));
    const [number, name, target] = findAll(tree, 'w:gridCol').map((column) => (column as { _attr: Record<string, number> })._attr['w:w'] as number);
    expect(name).toBeGreaterThan(number!);
    expect(name).toBeGreaterThan(target!);
  });

  it('repeats the header row in 黑体 (not a bolded 仿宋), cells in 仿宋 四号, aligned as the columns say', () => {
    const tree = xmlTree(tableBlock(table(), template.manifest));
    const rows = findAll(tree, 'w:tr');
    expect(findAll(rows[0], 'w:tblHeader')).toHaveLength(1);
    expect(textOf(rows[0])).toBe('序号指标目标');
    const headerRun = findAll(rows[0], 'w:r')[0];
    expect(attributes(headerRun, 'w:rFonts')?.['w:eastAsia']).toBe('黑体');
    expect(findAll(headerRun, 'w:b')).toEqual([]);
    expect(attributes(headerRun, 'w:sz')).toEqual({ 'w:val': 28 });
    const cells = findAll(rows[1], 'w:tc');
    expect(cells.map((cell) => attributes(cell, 'w:jc')?.['w:val'])).toEqual(['center', 'left', 'right']);
    expect(attributes(cells[1], 'w:rFonts')?.['w:eastAsia']).toBe('仿宋_GB2312');
    expect(attributes(cells[1], 'w:sz')).toEqual({ 'w:val': 28 });
  });

  it('takes the header row’s font from the manifest, and 黑体 at the table’s size from a manifest without one', () => {
    const custom = { ...template.manifest.fonts.table, eastAsia: ['方正黑体简体'], sizePt: 12 };
    const withOwn = { ...template.manifest, fonts: { ...template.manifest.fonts, tableHeader: custom } };
    const own = findAll(findAll(xmlTree(tableBlock(tableOf(withOwn), withOwn)), 'w:tr')[0], 'w:r')[0];
    expect(attributes(own, 'w:rFonts')?.['w:eastAsia']).toBe('方正黑体简体');
    expect(attributes(own, 'w:sz')).toEqual({ 'w:val': 24 });
    const { tableHeader: _, ...older } = template.manifest.fonts;
    const withoutOne = { ...template.manifest, fonts: older };
    const fallback = findAll(findAll(xmlTree(tableBlock(tableOf(withoutOne), withoutOne)), 'w:tr')[0], 'w:r')[0];
    expect(attributes(fallback, 'w:rFonts')?.['w:eastAsia']).toBe('黑体');
    expect(findAll(fallback, 'w:b')).toEqual([]);
  });
});

describe('wide tables', () => {
  const header = Array.from({ length: 10 }, (_, index) => `第${index + 1}栏标题`);
  const long = '本栏内容很长，需要在单元格中折行显示，不能撑破版心，也不能让其他各栏的宽度变成负数。'.repeat(3);
  const source = `# 计划\n\n| ${header.join(' | ')} |\n| ${header.map(() => '--').join(' | ')} |\n| ${[long, ...header.slice(1).map(() => '12345')].join(' | ')} |\n`;

  it('ten columns with one long cell: every column positive, the grid adding up to the table width within the type area', () => {
    const block = buildViewModel(parsePlan(source).document, template).blocks.find((item) => item.type === 'table');
    if (block?.type !== 'table') throw new Error('no table');
    const tree = xmlTree(tableBlock(block, template.manifest));
    const widths = findAll(tree, 'w:gridCol').map((column) => (column as { _attr: Record<string, number> })._attr['w:w'] as number);
    expect(widths).toHaveLength(10);
    for (const width of widths) expect(width).toBeGreaterThan(0);
    const total = widths.reduce((sum, width) => sum + width, 0);
    expect(total).toBe(Number(attributes(tree, 'w:tblW')?.['w:w']));
    expect(total).toBeLessThanOrEqual(8845);
    expect(total).toBeGreaterThan(8845 - 10);
    // The long column takes what the others leave; the short ones keep room for their text.
    expect(widths[0]).toBe(Math.max(...widths));
    for (const width of widths.slice(1)) expect(width).toBeGreaterThanOrEqual(Math.floor(8845 / 10 / 2));
  });

  it('more columns than the type area holds at a few characters each: equal shares, none negative', () => {
    const many = Array.from({ length: 24 }, (_, index) => `栏目${index + 1}`);
    const wide = `# 计划\n\n| ${many.join(' | ')} |\n| ${many.map(() => '--').join(' | ')} |\n| ${many.map(() => long).join(' | ')} |\n`;
    const block = buildViewModel(parsePlan(wide).document, template).blocks.find((item) => item.type === 'table');
    if (block?.type !== 'table') throw new Error('no table');
    const widths = findAll(xmlTree(tableBlock(block, template.manifest)), 'w:gridCol').map(
      (column) => (column as { _attr: Record<string, number> })._attr['w:w'] as number,
    );
    expect(widths).toHaveLength(24);
    for (const width of widths) expect(width).toBeGreaterThan(300);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(8845);
  });
});
