import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import type { TemplateManifest } from '../../template/manifest-types.js';
import { mmToTwips, ptToTwips } from '../layout/units.js';

/** Header distance: the 版头 is body text, so the page header is empty and only needs to sit inside the top margin. */
const HEADER_DISTANCE_MM = 15;

/** Height of the page-number line: its font size exactly, so the line's top is where GB/T 9704 puts it. */
export function pageNumberLineTwips(manifest: TemplateManifest): number {
  return ptToTwips(manifest.fonts.pageNumber.sizePt);
}

/**
 * Paper and margins (GB/T 9704 5.2.1: A4, top 37 mm, left 28 mm, type area
 * 156 × 225 mm). The footer distance puts the top of the page-number line
 * `pageNumberBelowTypeAreaMm` below the type area (7.5: 7 mm).
 */
export function pageSetup(manifest: TemplateManifest): NonNullable<ISectionPropertiesOptions['page']> {
  const { page, options } = manifest;
  const footer = mmToTwips(page.margins.bottomMm - options.pageNumberBelowTypeAreaMm) - pageNumberLineTwips(manifest);
  return {
    size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm), orientation: PageOrientation.PORTRAIT },
    margin: {
      top: mmToTwips(page.margins.topMm),
      bottom: mmToTwips(page.margins.bottomMm),
      left: mmToTwips(page.margins.leftMm),
      right: mmToTwips(page.margins.rightMm),
      header: mmToTwips(HEADER_DISTANCE_MM),
      footer: Math.max(0, footer),
      gutter: 0,
    },
  };
}
