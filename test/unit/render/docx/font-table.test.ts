import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontTableXml } from '../../../../src/render/docx/font-table.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';

let template: LoadedTemplate;

beforeAll(async () => {
  template = await loadTemplate('official', { cwd: process.cwd() });
});

describe('font table', () => {
  it('names every font once, East Asian ones with their first fall-back and the GB2312 character set', () => {
    const document = new DOMParser().parseFromString(fontTableXml(template.manifest), 'text/xml');
    const fonts = Array.from(document.getElementsByTagName('w:font'));
    const names = fonts.map((font) => font.getAttribute('w:name'));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体', 'Times New Roman']));
    const fangsong = fonts.find((font) => font.getAttribute('w:name') === '仿宋_GB2312')!;
    expect(fangsong.getElementsByTagName('w:altName')[0]?.getAttribute('w:val')).toBe('仿宋');
    expect(fangsong.getElementsByTagName('w:charset')[0]?.getAttribute('w:val')).toBe('86');
    const times = fonts.find((font) => font.getAttribute('w:name') === 'Times New Roman')!;
    expect(times.getElementsByTagName('w:altName')).toHaveLength(0);
  });
});
