import { describe, expect, it } from 'vitest';
import { SHEET_SPEC_META, sheetSpec, withSheetSpec } from '../../../src/preview/sheet-spec.js';
import { loadTemplate } from '../../../src/template/load-template.js';

describe('sheet spec', () => {
  it('takes the paper, the margins, the grid and the page numbers from the manifest, the type area as Chromium prints it', async () => {
    const { manifest } = await loadTemplate('official', { cwd: process.cwd() });
    const spec = sheetSpec(manifest, { before: '— ', after: ' —' });
    expect(spec).toEqual({
      widthMm: 210,
      heightMm: 297,
      margins: { topMm: 37, rightMm: 26, bottomMm: 35, leftMm: 28 },
      // 1123 − 140 − 132 px: each length rounded to whole pixels, as in print.
      areaHeightPx: 851,
      linesPerPage: 22,
      linePitchPt: 28.95,
      pageNumber: { before: '— ', after: ' —', belowTypeAreaMm: 7, indentCharacters: 1 },
    });
    expect(sheetSpec(manifest, null).pageNumber).toBeNull();
    expect(sheetSpec({ ...manifest, blocks: { ...manifest.blocks, pageNumbers: false } }, { before: '', after: '' }).pageNumber).toBeNull();
  });

  it('travels in a meta element of the page’s head, escaped, running nothing', async () => {
    const { manifest } = await loadTemplate('plan', { cwd: process.cwd() });
    const spec = sheetSpec(manifest, { before: '"<第', after: '页>' });
    const html = withSheetSpec('<!DOCTYPE html><html><head><title>t</title></head><body><p>&lt;/head&gt;</p></body></html>', spec);
    const meta = /<meta name="([^"]+)" content="([^"]*)">\n<\/head>/.exec(html);
    expect(meta?.[1]).toBe(SHEET_SPEC_META);
    const content = (meta?.[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
    expect(JSON.parse(content)).toEqual(spec);
    expect(meta?.[2]).not.toMatch(/[<>"]/);
    expect(html.indexOf('<meta')).toBeLessThan(html.indexOf('</head>'));
  });
});
