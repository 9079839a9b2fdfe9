import type { IRunOptions } from 'docx';
import type { FontSpec } from '../../template/manifest-types.js';
import { ptToHalfPoints, ptToTwips } from './units.js';

type RunFormatting = Pick<IRunOptions, 'font' | 'size' | 'bold' | 'color' | 'characterSpacing'>;

/**
 * The run properties of a font: the East Asian name with the `eastAsia`
 * hint (otherwise Word sets curly quotes and dashes in the Latin font), and
 * Latin text and digits in the template's Latin font.
 */
export function runFormatting(font: FontSpec, characterSpacingPt = 0): RunFormatting {
  const eastAsia = font.eastAsia[0] as string;
  return {
    font: { eastAsia, ascii: font.latin, hAnsi: font.latin, cs: font.latin, hint: 'eastAsia' },
    size: ptToHalfPoints(font.sizePt),
    bold: font.bold,
    color: font.color,
    ...(characterSpacingPt === 0 ? {} : { characterSpacing: ptToTwips(characterSpacingPt) }),
  };
}
