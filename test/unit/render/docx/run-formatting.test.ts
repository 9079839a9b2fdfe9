import { ExternalHyperlink, Paragraph } from '../../../../src/render/wml/elements.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFormatting } from '../../../../src/render/docx/fonts.js';
import { textRuns } from '../../../../src/render/docx/runs.js';
import type { ViewText } from '../../../../src/render/view-model.js';
import { documentStyles } from '../../../../src/render/docx/paragraph-styles.js';
import type { FontSpec } from '../../../../src/template/manifest-types.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';
import { textOf, xmlTree } from './xml-tree.js';

let template: LoadedTemplate;
beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

describe('run formatting against the document default', () => {
  it('leaves out of a body run what the document default already says, but never the font names', () => {
    const body = template.manifest.fonts.body;
    const run = runFormatting(body, -0.25, body);
    expect(Object.keys(run).sort()).toEqual(['characterSpacing', 'font']);
    expect(run.font).toMatchObject({ eastAsia: body.eastAsia[0], hint: 'eastAsia' });
  });

  it('writes whatever differs: size, colour, weight', () => {
    const body = template.manifest.fonts.body;
    const other: FontSpec = { ...body, sizePt: 22, color: 'FF0000', bold: !body.bold };
    expect(runFormatting(other, 0, body)).toMatchObject({ size: 44, color: 'FF0000', bold: other.bold });
  });

  it('writes everything when told no default', () => {
    const body = template.manifest.fonts.body;
    expect(Object.keys(runFormatting(body)).sort()).toEqual(['bold', 'color', 'font', 'size']);
  });

  it('makes the document default carry the whole body font, weight included', () => {
    const bold = { ...template.manifest, fonts: { ...template.manifest.fonts, body: { ...template.manifest.fonts.body, bold: true } } };
    expect(documentStyles(bold).default?.document?.run).toMatchObject({ bold: true, size: 32, color: template.manifest.fonts.body.color });
  });
});

describe('runs of the same look', () => {
  const text = (value: string, look: Partial<ViewText> = {}): ViewText => ({
    type: 'text',
    text: value,
    bold: false,
    italic: false,
    strike: false,
    code: false,
    link: null,
    ...look,
  });

  it('joins a marker to the text that follows and neighbouring text of one look', () => {
    const body = template.manifest.fonts.body;
    const runs = textRuns([text('加强'), text('领导。')], body, 0, body, '（一）');
    expect(runs).toHaveLength(1);
    expect(textOf(xmlTree(new Paragraph({ children: runs })))).toBe('（一）加强领导。');
  });

  it('keeps apart what looks different: bold, breaks, code, strikes', () => {
    const body = template.manifest.fonts.body;
    const runs = textRuns(
      [text('加强', { bold: true }), text('领导'), { type: 'break' }, text('x', { code: true }), text('删除', { strike: true })],
      body,
      0,
      body,
      '一、',
    );
    // 一、 and the bold 加强 differ in weight, so the marker keeps its own run.
    expect(runs).toHaveLength(6);
    expect(textOf(xmlTree(new Paragraph({ children: runs })))).toBe('一、加强领导x删除');
  });
});

describe('links', () => {
  const link = (url: string): ViewText => ({ type: 'text', text: '点击', bold: false, italic: false, strike: false, code: false, link: url });

  it('keeps http(s) and mailto links live', () => {
    const body = template.manifest.fonts.body;
    for (const url of ['https://www.gov.cn/', 'mailto:kjj@example.cn']) {
      const runs = textRuns([link(url)], body, 0, body);
      expect(
        runs.filter((run) => run instanceof ExternalHyperlink),
        url,
      ).toHaveLength(1);
    }
  });

  it('writes javascript:, vbscript: and data: links as their text only, as the HTML does', () => {
    const body = template.manifest.fonts.body;
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=']) {
      const runs = textRuns([link(url)], body, 0, body);
      expect(
        runs.filter((run) => run instanceof ExternalHyperlink),
        url,
      ).toHaveLength(0);
      expect(textOf(xmlTree(new Paragraph({ children: runs }))), url).toBe('点击');
    }
  });
});

describe('line breaking at the document default', () => {
  it('writes w:overflowPunct on (LibreOffice then keeps a closing mark instead of dropping it) and Latin text as en-US', () => {
    const styles = documentStyles(template.manifest).default?.document;
    expect(styles?.paragraph).toMatchObject({ overflowPunctuation: true });
    expect(styles?.run?.language).toEqual({ value: 'en-US', eastAsia: 'zh-CN' });
  });
});
