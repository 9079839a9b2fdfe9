import type { LoadedTemplate } from '../../template/load-template.js';
import type { TemplateManifest } from '../../template/manifest-types.js';
import { renderHtml } from '../html/render-html.js';
import { linePitchTwips, typeAreaHeightTwips } from '../layout/grid-metrics.js';
import { type ImprintPlacement, imprintPlacement, placeImprint } from '../layout/imprint-placement.js';
import { ptToTwips } from '../layout/units.js';
import type { DocumentView } from '../view-model.js';
import { readPdfDestinations } from './pdf-destinations.js';

/** The ids the HTML page gives its marks when rendered with `measure` (see document.hbs and closing.hbs). */
const MARKS = { top: 'plan-measure-top', end: 'plan-measure-end', imprint: 'plan-measure-imprint' } as const;

/**
 * Where the 版记 belongs by a printed PDF of the page: the text's end and
 * the 版记's top as Chromium laid them out, read from the named destinations
 * of the page's marks. Null when the PDF has no marks to read (a template of
 * the clerk's own made before the marks existed) or they make no sense.
 */
export function measuredImprintPlacement(pdf: Uint8Array, manifest: TemplateManifest): ImprintPlacement | null {
  const read = readPdfDestinations(pdf);
  const top = read?.destinations.get(MARKS.top);
  const end = read?.destinations.get(MARKS.end);
  const imprint = read?.destinations.get(MARKS.imprint);
  if (!top || !end || !imprint || top.page !== 1) return null;
  const pageHeight = typeAreaHeightTwips(manifest);
  // Every page's flow starts where the first one's does, so the top mark gives the origin whatever Chromium's coordinates.
  const below = (mark: { y: number }): number => ptToTwips(top.y - mark.y);
  let textEnd = { page: end.page, used: below(end) };
  // A mark at the very top of a page follows text that filled the page before it.
  if (textEnd.used <= ptToTwips(1) && textEnd.page > 1) textEnd = { page: end.page - 1, used: pageHeight };
  const imprintTwips = pageHeight - below(imprint);
  if (textEnd.used < 0 || textEnd.used > pageHeight + linePitchTwips(manifest) || imprintTwips <= 0 || imprintTwips > pageHeight) return null;
  return placeImprint(textEnd, imprintTwips, manifest);
}

/** Two placements print the same pages: the 版记 at the foot of the same page, with or without the blank page before it. */
function samePrint(a: ImprintPlacement, b: ImprintPlacement): boolean {
  return a.page === b.page && a.breaks >= 2 === b.breaks >= 2;
}

/**
 * Prints the plan's HTML page to PDF with `print` (Chromium), the 版记 where
 * GB/T 9704 7.4 and 7.5 put it by the printed pages themselves: the page is
 * printed with the 版记 where the layout estimate puts it, and where the text
 * really ended is read from that PDF; when the estimate was wrong (the text
 * ends a line or so from where it was estimated, near a page's foot) the
 * page is printed again with the 版记 on the right page. The 版记 is placed
 * out of the text's flow, so the second print's text breaks as the first's.
 */
export async function printHtml(
  view: DocumentView,
  template: LoadedTemplate,
  print: (html: string) => Promise<Uint8Array>,
  debug?: (line: string) => void,
): Promise<Uint8Array> {
  const estimated = imprintPlacement(view, template.manifest);
  const first = await print(await renderHtml(view, template, { measure: estimated !== null }));
  if (estimated === null) return first;
  const measured = measuredImprintPlacement(first, template.manifest);
  if (measured === null) {
    debug?.('Chromium: the printed page has no marks to measure; the 版记 stays where the layout estimate put it');
    return first;
  }
  if (samePrint(measured, estimated)) return first;
  debug?.(
    `Chromium: the 版记 belongs on page ${measured.page}${measured.breaks >= 2 ? ' after a blank page' : ''}, not ${estimated.page}${estimated.breaks >= 2 ? ' after a blank page' : ''}; printing again`,
  );
  return print(await renderHtml(view, template, { measure: true, imprint: measured }));
}
