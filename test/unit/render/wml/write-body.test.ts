import { describe, expect, it } from 'vitest';
import { Paragraph, TextRun } from '../../../../src/render/wml/elements.js';
import { writeBody } from '../../../../src/render/wml/write-body.js';

describe('writeBody', () => {
  it('escapes attribute values, which come from a clerk’s own template (font names, colours)', () => {
    const run = new TextRun({ text: 'a<b', font: { eastAsia: '方正"小标宋"&宋', ascii: "Times 'New'" }, color: 'FF0000"' });
    const { xml } = writeBody([[new Paragraph({ children: [run] })]], ['']);
    expect(xml).toContain('w:eastAsia="方正&quot;小标宋&quot;&amp;宋"');
    expect(xml).toContain('w:ascii="Times &apos;New&apos;"');
    expect(xml).toContain('<w:color w:val="FF0000&quot;"/>');
    expect(xml).toContain('<w:t xml:space="preserve">a&lt;b</w:t>');
  });
});
