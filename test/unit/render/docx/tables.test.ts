import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/parse/parse-plan.js';
import { buildViewModel } from '../../../../src/render/build-view-model.js';
import { tableBlock } from '../../../../src/render/docx/tables.js';
import type { ViewTable } from '../../../../src/render/view-model.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
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

function table(): ViewTable {
  const block = buildViewModel(parsePlan(SOURCE).document, template).blocks.find((item) => item.type === 'table');
  if (block?.type !== 'table') throw new Error('no table');
  return block;
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

  it('repeats the bold header row and aligns cells as the columns say', () => {
    const tree = xmlTree(tableBlock(table(), template.manifest));
    const rows = findAll(tree, 'w:tr');
    expect(findAll(rows[0], 'w:tblHeader')).toHaveLength(1);
    expect(textOf(rows[0])).toBe('序号指标目标');
    expect(findAll(findAll(rows[0], 'w:r')[0], 'w:b')).toEqual([{}]);
    const cells = findAll(rows[1], 'w:tc');
    expect(cells.map((cell) => attributes(cell, 'w:jc')?.['w:val'])).toEqual(['center', 'left', 'right']);
    expect(attributes(cells[1], 'w:rFonts')?.['w:eastAsia']).toBe('仿宋_GB2312');
  });
});
