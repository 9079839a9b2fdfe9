import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontFamily } from '../../../../src/render/html/font-stack.js';
import { cssString, pageStyle } from '../../../../src/render/html/page-style.js';
import { builtinTemplateNames } from '../../../../src/template/builtin-templates.js';
import { loadTemplate } from '../../../../src/template/load-template.js';
import type { TemplateManifest } from '../../../../src/template/manifest-types.js';

let manifest: TemplateManifest;

beforeAll(async () => {
  manifest = (await loadTemplate('plan', { cwd: process.cwd() })).manifest;
});

const dash = { before: '— ', after: ' —' };

describe('pageStyle', () => {
  it('steps pages in whole pixels, as Chromium lays them out: 1123 − 140 − 132 px for A4 with 37/35 mm margins', () => {
    expect(pageStyle(manifest, dash)).toContain('--page-step: 851px;');
    const changed = { ...manifest, page: { ...manifest.page, margins: { ...manifest.page.margins, topMm: 30 } } };
    expect(pageStyle(changed, dash)).toContain('--page-step: 878px;');
  });

  it('scales the 版记 rules from one pixel to their width in mm (0.35 mm and 0.25 mm)', () => {
    const css = pageStyle(manifest, dash);
    expect(css).toContain('--imprint-outer-rule-scale: 1.3228;');
    expect(css).toContain('--imprint-inner-rule-scale: 0.9449;');
  });

  it('writes the manifest paper and GB/T 9704 margins into @page', () => {
    expect(pageStyle(manifest, dash)).toContain('@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }');
    const changed = { ...manifest, page: { ...manifest.page, margins: { topMm: 30, rightMm: 20, bottomMm: 25, leftMm: 22 } } };
    expect(pageStyle(changed, dash)).toContain('margin: 30mm 20mm 25mm 22mm;');
  });

  it('numbers odd pages at the bottom right and even pages at the bottom left, one character in', () => {
    const css = pageStyle(manifest, dash);
    expect(css).toMatch(/@page :right \{ @bottom-right \{ content: "\\2014 {2}" counter\(page\) " \\2014 ";[^}]*text-align: right; padding-right: 1em; \} \}/);
    expect(css).toMatch(/@page :left \{ @bottom-left \{ content: "\\2014 {2}" counter\(page\) " \\2014 ";[^}]*text-align: left; padding-left: 1em; \} \}/);
    expect(css).toContain('padding-top: 7mm;');
  });

  it('takes the page-number text from the template piece, and prints none when the template numbers no pages', () => {
    expect(pageStyle(manifest, { before: '第', after: '页' })).toContain(`content: ${cssString('第')} counter(page) ${cssString('页')};`);
    expect(pageStyle(manifest, null)).not.toContain('counter(page)');
    expect(pageStyle({ ...manifest, blocks: { ...manifest.blocks, pageNumbers: false } }, dash)).not.toContain('counter(page)');
  });

  it('gives the table header row its own font, 黑体 in the built-in templates', () => {
    const css = pageStyle(manifest, dash);
    expect(css).toContain(`--font-table-header-family: ${fontFamily(manifest.fonts.tableHeader!)};`);
    expect(fontFamily(manifest.fonts.tableHeader!)).toContain('黑体');
    expect(css).toContain('--font-table-header-weight: normal;');
  });

  it('sets the line pitch and character spacing of the grid', () => {
    const css = pageStyle(manifest, dash);
    expect(css).toContain('--line-pitch: 28.95pt;');
    expect(css).toContain('--character-spacing: -0.25pt;');
  });

  it('gives a display line (title, 篇, 发文机关标志) whole grid lines, printed on the last of them, as the .docx does', () => {
    const css = pageStyle(manifest, dash);
    // 22 pt and 36 pt need two lines of 28.95 pt; 16 pt one.
    expect(css).toContain('--font-title-space-above: 28.95pt;');
    expect(css).toContain('--font-red-header-space-above: 28.95pt;');
    expect(css).toContain('--font-body-space-above: 0pt;');
    expect(css).toContain('--type-area-height: 225mm;');
  });

  it('prints no page number on pages named unnumbered (GB/T 9704 7.5), and has no such rule when pages are not numbered', () => {
    expect(pageStyle(manifest, dash)).toContain('@page unnumbered { @bottom-right { content: none; } @bottom-left { content: none; } }');
    expect(pageStyle(manifest, null)).not.toContain('@page unnumbered');
  });

  it('makes the third level bold when the template option asks, as the .docx does', () => {
    expect(pageStyle(manifest, dash)).toContain('--font-level3-weight: normal;');
    expect(pageStyle({ ...manifest, options: { ...manifest.options, boldLevel3: true } }, dash)).toContain('--font-level3-weight: bold;');
  });

  it('prints the 发文机关标志 and the red rule in the template red, as the .docx does', () => {
    const blue = { ...manifest, redColor: '0055AA' };
    expect(pageStyle(blue, dash)).toContain('--font-red-header-color: #0055AA;');
    expect(pageStyle(blue, dash)).toContain('--red: #0055AA;');
  });

  it('cannot be made to close the <style> element by a font name', () => {
    const hostile = { ...manifest, fonts: { ...manifest.fonts, body: { ...manifest.fonts.body, eastAsia: ['</style><script>alert(1)</script>'] } } };
    expect(pageStyle(hostile, dash)).not.toMatch(/<\/style|<script/i);
  });
});

describe('fontFamily', () => {
  it('puts the Latin face first and falls back through faces found on Windows, macOS and Linux', () => {
    const family = fontFamily(manifest.fonts.body);
    expect(family.startsWith('"plan-latin Times New Roman", "仿宋_GB2312", "仿宋", "FangSong", "STFangsong"')).toBe(true);
    expect(family).toContain('"Noto Serif CJK SC"');
    expect(family.endsWith('serif')).toBe(true);
    expect(fontFamily(manifest.fonts.level1)).toContain('"Noto Sans CJK SC"');
    expect(fontFamily(manifest.fonts.level2)).toContain('"KaiTi"');
  });
});

describe('built-in style.css', () => {
  it.each(builtinTemplateNames())('%s uses only custom properties that the manifest or the file defines', async (name) => {
    const { files } = await loadTemplate(name, { cwd: process.cwd() });
    const stylesheet = files.read(join('html', 'style.css'));
    const defined = new Set([...(pageStyle(manifest, dash) + stylesheet).matchAll(/(--[a-z0-9-]+)\s*:/g)].map((match) => match[1]));
    const used = new Set([...stylesheet.matchAll(/var\((--[a-z0-9-]+)\)/g)].map((match) => match[1]));
    expect([...used].filter((property) => !defined.has(property))).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });
});
