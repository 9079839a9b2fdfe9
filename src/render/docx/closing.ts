import { AlignmentType } from 'docx';
import { Paragraph } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { DocumentView } from '../view-model.js';
import { bodyParagraphLayout, gridLines } from './paragraph-styles.js';
import { plainRun } from './runs.js';
import { emptyLine } from './title.js';
import { ptToTwips, textWidthInCharacters } from '../layout/units.js';
import { typeAreaWidthTwips } from '../layout/grid-metrics.js';

/** 主送机关 (GB/T 9704 7.3.2): below the title after an empty line, flush left. */
export function recipientsParagraph(recipients: string, manifest: TemplateManifest): Paragraph {
  return new Paragraph({
    ...gridLines(),
    alignment: AlignmentType.JUSTIFIED,
    children: [plainRun(recipients, manifest.fonts.body, manifest.grid.characterSpacingPt, manifest.fonts.body)],
  });
}

/**
 * The lines after the body (GB/T 9704 7.3.4–7.3.6): an empty line, the
 * 附件说明, an empty line, the 署名 and the 成文日期 with the date's first
 * character two characters right of the signature's and the date
 * `closingRightIndentCharacters` in from the right, then the 附注.
 */
export function closingParagraphs(view: DocumentView, manifest: TemplateManifest): Paragraph[] {
  const font = manifest.fonts.body;
  const spacing = manifest.grid.characterSpacingPt;
  const paragraphs: Paragraph[] = [];
  if (view.attachments.length > 0) {
    paragraphs.push(emptyLine(manifest));
    for (const line of view.attachments)
      paragraphs.push(new Paragraph({ ...bodyParagraphLayout(manifest), children: [plainRun(line, font, spacing, manifest.fonts.body)] }));
  }
  if (view.signature !== null || view.date !== null) {
    paragraphs.push(emptyLine(manifest));
    const { signatureRight, dateRight } = closingIndents(view.signature, view.date, manifest.options.closingRightIndentCharacters);
    if (view.signature !== null) paragraphs.push(closingLine(view.signature, signatureRight, manifest));
    if (view.date !== null && view.signature !== null) {
      // The date starts two characters right of the 署名's first character, set from the left: the
      // 署名's width (Chinese characters) is known, the printed width of the date's digits is not
      // (it differs between Times New Roman and its substitutes by up to two characters).
      const character = manifest.fonts.body.sizePt + manifest.grid.characterSpacingPt;
      const signatureLeft = typeAreaWidthTwips(manifest) - ptToTwips(character * (signatureRight + textWidthInCharacters(view.signature)));
      paragraphs.push(dateLine(view.date, signatureLeft + ptToTwips(character * 2), manifest));
    } else if (view.date !== null) paragraphs.push(closingLine(view.date, dateRight, manifest));
  }
  if (view.notes !== null)
    paragraphs.push(new Paragraph({ ...bodyParagraphLayout(manifest), children: [plainRun(view.notes, font, spacing, manifest.fonts.body)] }));
  // One block: the 署名 is never parted from its 附件说明 and date by a page break.
  return paragraphs.map((paragraph, index) => (index < paragraphs.length - 1 ? keptWithNext(paragraph) : paragraph));
}

/** The paragraph held on the page of the one after it; `whole`, and not split across pages either. */
export function keptWithNext(paragraph: Paragraph, whole = false): Paragraph {
  return new Paragraph({ ...paragraph.options, keepNext: true, ...(whole ? { keepLines: true } : {}) });
}

/**
 * How many characters in from the right the 署名 and the 成文日期 end
 * (GB/T 9704 7.3.5.2, without a seal): the 署名 `right` characters in, the
 * date's first character two characters right of the 署名's first; when the
 * date is the longer, the date `right` characters in and the 署名 moved
 * left to keep the two characters.
 */
export function closingIndents(signature: string | null, date: string | null, right: number): { signatureRight: number; dateRight: number } {
  if (signature === null || date === null) return { signatureRight: right, dateRight: right };
  const signatureWidth = textWidthInCharacters(signature);
  const dateWidth = textWidthInCharacters(date);
  if (dateWidth + 2 > signatureWidth) return { signatureRight: right + dateWidth + 2 - signatureWidth, dateRight: right };
  return { signatureRight: right, dateRight: right + signatureWidth - 2 - dateWidth };
}

function dateLine(text: string, leftTwips: number, manifest: TemplateManifest): Paragraph {
  const font = manifest.fonts.body;
  return new Paragraph({
    ...gridLines(),
    alignment: AlignmentType.LEFT,
    indent: { left: Math.max(0, leftTwips) },
    children: [plainRun(text, font, manifest.grid.characterSpacingPt, manifest.fonts.body)],
  });
}

function closingLine(text: string, rightCharacters: number, manifest: TemplateManifest): Paragraph {
  const font = manifest.fonts.body;
  return new Paragraph({
    ...gridLines(),
    alignment: AlignmentType.RIGHT,
    indent: { right: ptToTwips((font.sizePt + manifest.grid.characterSpacingPt) * rightCharacters) },
    children: [plainRun(text, font, manifest.grid.characterSpacingPt, manifest.fonts.body)],
  });
}
