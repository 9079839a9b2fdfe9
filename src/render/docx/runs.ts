import { ExternalHyperlink, Tab, TextRun, type ParagraphChild, type RunLook as RunProperties, type RunOptions } from '../wml/elements.js';
import { plainText } from '../view/plain-text.js';
import type { ViewRun, ViewText } from '../view-model.js';
import type { FontSpec } from '../../template/manifest-types.js';
import { runFormatting } from './fonts.js';
import { safeLinkHref } from '../view/safe-link.js';

const CODE_FONT = 'Courier New';

type RunLook = RunProperties;
type RunContent = Pick<RunOptions, 'text' | 'break' | 'children'>;

/**
 * A run's options, always with the same keys in the same order (those not
 * set are undefined, which docx reads as not given). docx's run constructor
 * reads some forty options; on objects of one shape V8 keeps those reads on
 * its fast path, where the many shapes of hand-picked options made them
 * slow lookups.
 */
function runOptions(look: RunLook, content: RunContent): RunOptions {
  return {
    text: content.text,
    break: content.break,
    children: content.children,
    font: look.font,
    size: look.size,
    bold: look.bold,
    italics: look.italics,
    strike: look.strike,
    color: look.color,
    characterSpacing: look.characterSpacing,
  };
}

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
      children.push(new TextRun(runOptions(base, { break: 1 })));
      continue;
    }
    const look: RunLook = {
      ...base,
      ...(run.code ? { font: { eastAsia: font.eastAsia[0] as string, ascii: CODE_FONT, hAnsi: CODE_FONT, cs: CODE_FONT, hint: 'eastAsia' } } : {}),
      // Set only when on: off is every run's default, and the font's own weight is in `base`.
      ...(run.bold && !font.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.strike ? { strike: true } : {}),
    };
    const textRun = new TextRun(runOptions(look, { text: run.text }));
    // A link that could run code (javascript:, vbscript:, data:) is kept as its text, not made live.
    const href = run.link === null ? null : safeLinkHref(run.link);
    children.push(href !== null ? new ExternalHyperlink({ link: href, children: [textRun] }) : textRun);
  }
  return children;
}

export function plainRun(text: string, font: FontSpec, characterSpacingPt: number, inherited: FontSpec): TextRun {
  return new TextRun(runOptions(runFormatting(font, characterSpacingPt, inherited), { text }));
}

/** A tab as Word writes it (`<w:tab/>`), not a tab character inside the text. */
export function tabRun(): TextRun {
  return new TextRun(runOptions({}, { children: [new Tab()] }));
}
