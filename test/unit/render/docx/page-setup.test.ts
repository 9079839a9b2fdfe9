import { beforeAll, describe, expect, it } from 'vitest';
import { documentGrid } from '../../../../src/render/docx/grid.js';
import { pageSetup } from '../../../../src/render/docx/page-setup.js';
import { linePitchTwips, typeAreaWidthTwips } from '../../../../src/render/layout/grid-metrics.js';
import { mmToTwips } from '../../../../src/render/layout/units.js';
import { loadTemplate, type LoadedTemplate } from '../../../../src/template/load-template.js';

let template: LoadedTemplate;

/** A page measure the setup gives in twips (docx also allows a string with a unit, which it never uses here). */
function twips(value: number | string | undefined): number {
  if (typeof value === 'string') throw new Error(`expected twips, got ${value}`);
  return value ?? 0;
}

beforeAll(async () => {
  template = await loadTemplate('plan', { cwd: process.cwd() });
});

describe('page setup', () => {
  it('is A4 with the GB/T 9704 margins in twips', () => {
    const page = pageSetup(template.manifest);
    expect(page.size).toEqual({ width: 11906, height: 16838, orientation: 'portrait' });
    expect(page.margin).toMatchObject({ top: 2098, left: 1587, bottom: 1984, right: 1474, gutter: 0 });
  });

  it('leaves a type area of 156 × 225 mm', () => {
    const page = pageSetup(template.manifest);
    expect(typeAreaWidthTwips(template.manifest)).toBe(mmToTwips(156) + 1);
    const height = twips(page.size?.height) - twips(page.margin?.top) - twips(page.margin?.bottom);
    expect(Math.abs(height - mmToTwips(225))).toBeLessThanOrEqual(1);
  });

  it('puts the top of the page-number line 7 mm below the type area', () => {
    const page = pageSetup(template.manifest);
    // footer distance + the 14 pt line = bottom margin − 7 mm
    expect(twips(page.margin?.footer) + 14 * 20).toBe(mmToTwips(35 - 7));
  });
});

describe('line grid', () => {
  it('is a lines grid at 579 twips, 22 lines in the type area', () => {
    expect(documentGrid(template.manifest)).toEqual({ type: 'lines', linePitch: 579 });
    const height = mmToTwips(297) - mmToTwips(37) - mmToTwips(35);
    expect(Math.floor(height / linePitchTwips(template.manifest))).toBe(22);
  });
});
