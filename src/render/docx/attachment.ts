import { AlignmentType } from 'docx';
import { Paragraph, type Table } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewAttachment, ViewBlock } from '../view-model.js';
import { gridLines } from './paragraph-styles.js';
import { plainRun } from './runs.js';
import { emptyLine, titleParagraphs } from './title.js';

/** Renders a body's blocks; render-docx.ts passes its own, so that an attachment's body is laid out as the document's. */
export type BodyRenderer = (blocks: readonly ViewBlock[], manifest: TemplateManifest) => Array<Paragraph | Table>;

/**
 * An attachment (GB/T 9704 8): a new page, the label (`附件1`) flush left on
 * the first line, the title centred on the third line, an empty line (as
 * under the document's title), then its body. It stays in the
 * document's section, so its pages carry on the page numbers.
 */
export function attachmentParagraphs(attachment: ViewAttachment, manifest: TemplateManifest, body: BodyRenderer): Array<Paragraph | Table> {
  const label = new Paragraph({
    ...gridLines(),
    alignment: AlignmentType.LEFT,
    indent: { left: 0, firstLine: 0 },
    pageBreakBefore: attachment.newPage,
    keepNext: true,
    children: [plainRun(attachment.label, attachment.labelFont, manifest.grid.characterSpacingPt, manifest.fonts.body)],
  });
  const children: Array<Paragraph | Table> = [label];
  // The title's lines take two grid lines each, as the document's title, its glyphs on the lower one: the third line of the page.
  if (attachment.title) children.push(...titleParagraphs(attachment.title, manifest), emptyLine(manifest));
  children.push(...body(attachment.blocks, manifest));
  return children;
}
