import { beforeAll, describe, expect, it } from 'vitest';
import { pageNumberFooters } from '../../../../src/render/docx/footers.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import type { Footer, Paragraph } from 'docx';
import { attributes, findAll, textOf, xmlTree } from './xml-tree.js';

/** A Footer keeps its paragraphs in its options until the document is packed. */
function footerTree(footer: Footer): unknown {
  return (footer as unknown as { options: { children: Paragraph[] } }).options.children.map(xmlTree);
}

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

describe('page-number footers', () => {
  it('prints — N — in 宋体 14 pt with a PAGE field', () => {
    const { default: odd } = pageNumberFooters({ before: '— ', after: ' —' }, template.manifest);
    const tree = footerTree(odd);
    expect(textOf(tree)).toBe('— ' + ' —');
    expect(JSON.stringify(findAll(tree, 'w:instrText'))).toContain('PAGE');
    expect(attributes(tree, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体', 'w:hint': 'eastAsia' });
    expect(attributes(tree, 'w:sz')).toEqual({ 'w:val': 28 });
  });

  it('puts odd pages right and even pages left, one 14 pt character in', () => {
    const footers = pageNumberFooters({ before: '— ', after: ' —' }, template.manifest);
    const odd = footerTree(footers.default);
    const even = footerTree(footers.even);
    expect(attributes(odd, 'w:jc')).toEqual({ 'w:val': 'right' });
    expect(attributes(odd, 'w:ind')).toEqual({ 'w:right': 280 });
    expect(attributes(even, 'w:jc')).toEqual({ 'w:val': 'left' });
    expect(attributes(even, 'w:ind')).toEqual({ 'w:left': 280 });
  });
});
