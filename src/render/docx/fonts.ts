import type { RunLook } from '../wml/elements.js';
import type { FontSpec } from '../../template/manifest-types.js';
import { ptToHalfPoints, ptToTwips } from '../layout/units.js';

type RunFormatting = Pick<RunLook, 'font' | 'size' | 'bold' | 'color' | 'characterSpacing'>;

/**
 * The run properties of a font: the East Asian name with the `eastAsia`
 * hint (otherwise Word sets curly quotes and dashes in the Latin font), and
 * Latin text and digits in the template's Latin font. Given the document's
 * default font (`inherited`), size, colour and weight are written only where
 * they differ from it: most runs are body text, and every property is a few
 * XML elements the docx library builds and the reader skips. The font names
 * stay on every run, with the hint that the document default may not carry
 * to Word.
 */
export function runFormatting(font: FontSpec, characterSpacingPt = 0, inherited?: FontSpec): RunFormatting {
  const eastAsia = font.eastAsia[0] as string;
  return {
    font: { eastAsia, ascii: font.latin, hAnsi: font.latin, cs: font.latin, hint: 'eastAsia' },
    ...(inherited?.sizePt === font.sizePt ? {} : { size: ptToHalfPoints(font.sizePt) }),
    ...(inherited !== undefined && inherited.bold === font.bold ? {} : { bold: font.bold }),
    ...(inherited?.color === font.color ? {} : { color: font.color }),
    ...(characterSpacingPt === 0 ? {} : { characterSpacing: ptToTwips(characterSpacingPt) }),
  };
}
