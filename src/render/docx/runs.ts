import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { plainText } from '../build-view-model.js';
import type { ViewRun, ViewText } from '../view-model.js';
import type { FontSpec } from '../../template/manifest-types.js';
import { runFormatting } from './fonts.js';

const CODE_FONT = 'Courier New';

const sameLook = (a: ViewText, b: ViewText): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.link === b.link;

/**
 * The runs to write: `lead` (a heading's marker, a list item's number, in
 * the same font) joined to the text, and neighbouring text of the same look
 * joined together. Each run is a set of properties the docx library builds
 * and serialises, and a heading's marker and title used to be two.
 */
function coalesce(runs: readonly ViewRun[], lead: string): ViewRun[] {
  const out: ViewRun[] = [];
  for (const run of lead === '' ? runs : [plainText(lead), ...runs]) {
    const last = out[out.length - 1];
    if (run.type === 'text' && last?.type === 'text' && sameLook(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/**
 * The view's runs as docx runs in one font, after `lead` if given; Markdown
 * bold, italics and strikes are kept. `inherited` is the document's default
 * font: what equals it is not repeated on each run (see `runFormatting`).
 */
export function textRuns(runs: readonly ViewRun[], font: FontSpec, characterSpacingPt: number, inherited: FontSpec, lead = ''): ParagraphChild[] {
  const base = runFormatting(font, characterSpacingPt, inherited);
  const children: ParagraphChild[] = [];
  for (const run of coalesce(runs, lead)) {
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

export function plainRun(text: string, font: FontSpec, characterSpacingPt: number, inherited: FontSpec): TextRun {
  return new TextRun({ ...runFormatting(font, characterSpacingPt, inherited), text });
}

/** A tab as Word writes it (`<w:tab/>`), not a tab character inside the text. */
export function tabRun(): TextRun {
  return new TextRun({ children: [new Tab()] });
}
