import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import type { ViewRun } from '../view-model.js';
import type { FontSpec } from '../../template/manifest-types.js';
import { runFormatting } from './fonts.js';

const CODE_FONT = 'Courier New';

/**
 * The view's runs as docx runs in one font; Markdown bold, italics and
 * strikes are kept. `inherited` is the document's default font: what equals
 * it is not repeated on each run (see `runFormatting`).
 */
export function textRuns(runs: readonly ViewRun[], font: FontSpec, characterSpacingPt: number, inherited?: FontSpec): ParagraphChild[] {
  const base = runFormatting(font, characterSpacingPt, inherited);
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
      // Set only when on: off is every run's default, and the font's own weight is in `base`.
      ...(run.bold && !font.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.strike ? { strike: true } : {}),
    });
    children.push(run.link ? new ExternalHyperlink({ link: run.link, children: [textRun] }) : textRun);
  }
  return children;
}

export function plainRun(text: string, font: FontSpec, characterSpacingPt: number, inherited?: FontSpec): TextRun {
  return new TextRun({ ...runFormatting(font, characterSpacingPt, inherited), text });
}

/** A tab as Word writes it (`<w:tab/>`), not a tab character inside the text. */
export function tabRun(): TextRun {
  return new TextRun({ children: [new Tab()] });
}
