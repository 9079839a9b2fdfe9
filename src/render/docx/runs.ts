import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import type { ViewRun } from '../view-model.js';
import type { FontSpec } from '../../template/manifest-types.js';
import { runFormatting } from './fonts.js';

const CODE_FONT = 'Courier New';

/** The view's runs as docx runs in one font; Markdown bold, italics and strikes are kept. */
export function textRuns(runs: readonly ViewRun[], font: FontSpec, characterSpacingPt: number): ParagraphChild[] {
  const base = runFormatting(font, characterSpacingPt);
  const children: ParagraphChild[] = [];
  for (const run of runs) {
    if (run.type === 'break') {
      children.push(new TextRun({ ...base, break: 1 }));
      continue;
    }
    const textRun = new TextRun({
      ...base,
      ...(run.code ? { font: { eastAsia: font.eastAsia[0] as string, ascii: CODE_FONT, hAnsi: CODE_FONT, cs: CODE_FONT, hint: 'eastAsia' } } : {}),
      text: run.text,
      bold: font.bold || run.bold,
      italics: run.italic,
      strike: run.strike,
    });
    children.push(run.link ? new ExternalHyperlink({ link: run.link, children: [textRun] }) : textRun);
  }
  return children;
}

export function plainRun(text: string, font: FontSpec, characterSpacingPt: number): TextRun {
  return new TextRun({ ...runFormatting(font, characterSpacingPt), text });
}

/** A tab as Word writes it (`<w:tab/>`), not a tab character inside the text. */
export function tabRun(): TextRun {
  return new TextRun({ children: [new Tab()] });
}
