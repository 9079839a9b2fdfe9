import { AlignmentType, LineRuleType } from 'docx';
import { Paragraph } from '../wml/elements.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import type { DocumentView } from '../view-model.js';
import { gridLinesFor, linePitchTwips } from '../layout/grid-metrics.js';
import { plainRun } from './runs.js';

/**
 * The title (GB/T 9704 7.3.1): 小标宋 22 pt, centred, each line of the title
 * on whole lines of the grid, so that the body below stays on the grid.
 */
export function titleParagraphs(title: NonNullable<DocumentView['title']>, manifest: TemplateManifest): Paragraph[] {
  const height = gridLinesFor(title.font.sizePt, manifest) * linePitchTwips(manifest);
  return title.lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: height, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        widowControl: false,
        keepNext: true,
        children: [plainRun(line, title.font, 0, manifest.fonts.body)],
      }),
  );
}

/** An empty line of the grid (空一行). */
export function emptyLine(manifest: TemplateManifest): Paragraph {
  return new Paragraph({
    spacing: { line: linePitchTwips(manifest), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    widowControl: false,
    children: [],
  });
}
