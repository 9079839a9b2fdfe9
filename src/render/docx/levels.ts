import { AlignmentType, LineRuleType } from 'docx';
import { Paragraph } from '../wml/elements.js';
import { gridLinesFor, linePitchTwips } from '../layout/grid-metrics.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { ViewBlock, ViewHeading } from '../view-model.js';
import { bodyParagraphLayout, gridLines } from './paragraph-styles.js';
import { textRuns } from './runs.js';

/**
 * A section heading. Numbered levels sit in the body's flow (indented two
 * characters, justified) in the level's font; a run-in heading continues in
 * the body font in the same paragraph. Parts, chapters and sections are
 * centred lines of their own.
 *
 * A heading on a line of its own that heads what follows it (`next`) is
 * kept with it, whole (`keepNext`, `keepLines`): left at the foot of a page,
 * it would head nothing. Its page then ends a line early, on the grid all
 * the same. A run-in heading is the start of its paragraph and breaks like
 * one.
 */
export function headingParagraph(heading: ViewHeading, manifest: TemplateManifest, next?: ViewBlock): Paragraph {
  const spacing = manifest.grid.characterSpacingPt;
  // Centred display headings (篇) may be larger than the body; compress only text set at the body's size.
  const headingSpacing = heading.font.sizePt === manifest.fonts.body.sizePt ? spacing : 0;
  const keep = heading.runIn === null && headsWhatFollows(heading, next) ? { keepNext: true, keepLines: true } : {};
  const children = [
    ...textRuns(heading.title, heading.font, headingSpacing, manifest.fonts.body, heading.marker),
    ...(heading.runIn ? textRuns(heading.runIn, heading.runInFont, spacing, manifest.fonts.body) : []),
  ];
  if (heading.alignment === 'centered') {
    const lines = gridLinesFor(heading.font.sizePt, manifest);
    return new Paragraph({
      ...gridLines(),
      spacing: { line: lines * linePitchTwips(manifest), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      alignment: AlignmentType.CENTER,
      ...keep,
      pageBreakBefore: heading.pageBreakBefore,
      children,
    });
  }
  return new Paragraph({ ...bodyParagraphLayout(manifest), ...keep, pageBreakBefore: heading.pageBreakBefore, children });
}

/**
 * Whether a heading heads the block after it: body text, a table or a
 * deeper heading on the same run of pages. Not a heading of its own level
 * or above (a list of headings without text, each a line of its own: kept
 * together, LibreOffice carries the whole chain, and a page ends lines
 * early), nor one that starts a new page, nor nothing.
 */
export function headsWhatFollows(heading: ViewHeading, next: ViewBlock | undefined): boolean {
  if (next === undefined) return false;
  if (next.type !== 'heading') return true;
  return !next.pageBreakBefore && next.depth > heading.depth;
}
