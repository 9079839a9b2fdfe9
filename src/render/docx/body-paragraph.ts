import { AlignmentType } from 'docx';
import { Paragraph } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewParagraph } from '../view-model.js';
import { bodyParagraphLayout, gridLines } from './paragraph-styles.js';
import { textRuns } from './runs.js';
import { ptToTwips } from '../layout/units.js';

/** A body paragraph; code and raw HTML keep their line as written, unindented and left-aligned. */
export function bodyParagraph(paragraph: ViewParagraph, manifest: TemplateManifest): Paragraph {
  const spacing = manifest.grid.characterSpacingPt;
  const prefix = paragraph.prefix ? `${paragraph.prefix}${/^\d/.test(paragraph.prefix) ? ' ' : '\u3000'}` : '';
  const children = textRuns(paragraph.runs, paragraph.font, spacing, manifest.fonts.body, prefix);
  if (paragraph.verbatim) {
    const left = ptToTwips(paragraph.font.sizePt * paragraph.indentCharacters);
    return new Paragraph({ ...gridLines(), alignment: AlignmentType.LEFT, indent: { left }, children });
  }
  return new Paragraph({ ...bodyParagraphLayout(manifest, paragraph.indentCharacters), children });
}
