import { AlignmentType, LineRuleType, type IParagraphOptions, type IStylesOptions } from 'docx';
import type { Indent, ParagraphProperties } from '../wml/elements.js';
import type { FontSpec, TemplateManifest } from '../../template/manifest-types.js';
import { runFormatting } from './fonts.js';
import { linePitchTwips } from '../layout/grid-metrics.js';
import { ptToTwips } from '../layout/units.js';

export type ParagraphLayout = Pick<ParagraphProperties, 'spacing' | 'indent' | 'alignment' | 'widowControl' | 'autoSpaceEastAsianText'>;

/**
 * On the grid: exact line spacing at the grid pitch, which is the document's
 * default (`documentStyles`), so a paragraph on the grid writes no spacing of
 * its own (one element fewer for docx to build, a hundred times a plan).
 * Widow and orphan control stay off: with it on, LibreOffice keeps only 21
 * lines on some pages.
 */
export function gridLines(): ParagraphLayout {
  return {
    widowControl: false,
    // No extra space between Chinese and digits: it would push the 28th character of a line onto the next.
    autoSpaceEastAsianText: false,
  };
}

/**
 * A two-character first-line indent, written both as characters and as
 * twips: LibreOffice ignores `firstLineChars` alone, Word prefers it.
 */
export function firstLineIndent(font: FontSpec, characters = 2): Indent {
  return { firstLine: ptToTwips(font.sizePt * characters), firstLineChars: characters * 100 };
}

/** A body paragraph: justified, first line indented two characters, on the grid. */
export function bodyParagraphLayout(manifest: TemplateManifest, extraLeftCharacters = 0): ParagraphLayout {
  const font = manifest.fonts.body;
  return {
    ...gridLines(),
    alignment: AlignmentType.JUSTIFIED,
    indent: {
      ...firstLineIndent(font),
      ...(extraLeftCharacters > 0 ? { left: ptToTwips(font.sizePt * extraLeftCharacters), leftChars: extraLeftCharacters * 100 } : {}),
    },
  };
}

/**
 * `w:overflowPunct` on, written out although it is Word's default: a
 * closing mark that falls after the 28th character of a line may hang into
 * the margin in Word and WPS, so nothing moves. LibreOffice 7.4 reads the
 * element the other way round: written, it turns hanging punctuation off,
 * and the mark takes its neighbour to the next line (kinsoku). Absent,
 * LibreOffice hangs the mark, and in a justified line does not draw it: the
 * printed text loses a comma at the end of one line in twenty (see
 * docs/docx-printing.md). docx's types leave the option out of the
 * document defaults; its paragraph properties, which the defaults are
 * built from, take it.
 */
const PUNCTUATION_AT_LINE_END: Pick<IParagraphOptions, 'overflowPunctuation'> = { overflowPunctuation: true };

/** The document's default run and paragraph properties: the body font on the grid, so anything without its own style still fits. */
export function documentStyles(manifest: TemplateManifest): IStylesOptions {
  // Runs leave out what equals this default (see runFormatting), so it carries all of the body font.
  const { font, size, color, bold } = runFormatting(manifest.fonts.body);
  return {
    default: {
      document: {
        // Chinese text is zh-CN: engines then pick simplified-Chinese glyph forms from a pan-CJK font.
        // Latin text and digits are en-US: under zh-CN LibreOffice may break a line anywhere inside
        // them (`3/700`, `num/bering`), as between two Chinese characters.
        run: { font, size, color, bold, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { ...PUNCTUATION_AT_LINE_END, spacing: { line: linePitchTwips(manifest), lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
    },
  };
}
