import { beforeAll, describe, expect, it } from 'vitest';
import { runFormatting } from '../../../../src/render/docx/fonts.js';
import { documentStyles } from '../../../../src/render/docx/paragraph-styles.js';
import type { FontSpec } from '../../../../src/template/manifest-types.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';

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
