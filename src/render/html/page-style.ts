import { FONT_ROLES, type FontRole, type FontSpec, type OptionalFontRole, type TemplateManifest } from '../../template/manifest-types.js';
import { tableHeaderFont } from '../../template/table-header-font.js';
import { gridLinesFor } from '../layout/grid-metrics.js';
import { fontFamily, latinFaceRules } from './font-stack.js';

/** The page-number text around the number, from the template's `page-number` piece: `— ` and ` —`. */
export interface PageNumberText {
  before: string;
  after: string;
}

/** The name of the pages that print no page number; style.css gives it to the 版记's page when a blank page comes before it. */
const UNNUMBERED_PAGE = 'unnumbered';

/** A CSS string literal; anything outside printable ASCII is escaped so the literal survives any encoding. */
export function cssString(text: string): string {
  let escaped = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    escaped += code < 0x20 || code === 0x22 || code === 0x5c || code === 0x3c || code === 0x3e || code > 0x7e ? `\\${code.toString(16)} ` : character;
  }
  return `"${escaped}"`;
}

function roleName(role: FontRole | OptionalFontRole): string {
  return role.replace(/[A-Z]/g, (character) => `-${character.toLowerCase()}`);
}

/**
 * A role's font as the .docx prints it: the `boldLevel3` option overrides
 * the third level's weight, and the 发文机关标志 is printed in the
 * template's red, like the red rule.
 */
function adjustedFont(manifest: TemplateManifest, role: FontRole): FontSpec {
  const font = manifest.fonts[role];
  if (role === 'level3' && manifest.options.boldLevel3) return { ...font, bold: true };
  if (role === 'redHeader') return { ...font, color: manifest.redColor };
  return font;
}

/** Every role's font as printed, the optional ones included (a table's header row: see tableHeaderFont). */
function roleFonts(manifest: TemplateManifest): Array<[FontRole | OptionalFontRole, FontSpec]> {
  return [...FONT_ROLES.map((role): [FontRole, FontSpec] => [role, adjustedFont(manifest, role)]), ['tableHeader', tableHeaderFont(manifest)]];
}

const CSS_PX_PER_MM = 96 / 25.4;

/**
 * How far down the flow each printed page reaches, in CSS px: Chromium
 * (Chrome, Edge) lays pages out in whole pixels, the paper's height and
 * each margin rounded, so a page's type area is 851 px where 225 mm is
 * 850.4; the 版记, placed by page, would otherwise drift up a page's
 * rounding on every page.
 */
export function pageStepPx(heightMm: number, topMm: number, bottomMm: number): number {
  const px = (mm: number): number => Math.round(mm * CSS_PX_PER_MM);
  return px(heightMm) - px(topMm) - px(bottomMm);
}

/**
 * The part of the stylesheet that comes from the manifest, so that the HTML
 * and the .docx read the same numbers: the `@page` box (paper, GB/T 9704
 * margins, page numbers alternating sides with `:right`/`:left` margin
 * boxes) and custom properties for the line pitch, the character spacing,
 * the red and each role's font. The template's own style.css uses only these
 * properties, so a clerk who changes the manifest changes both outputs.
 */
export function pageStyle(manifest: TemplateManifest, pageNumber: PageNumberText | null): string {
  const { page, grid, fonts } = manifest;
  const margins = page.margins;
  const roles = roleFonts(manifest);
  let css = latinFaceRules(roles.map(([, font]) => font));
  css += `@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${margins.topMm}mm ${margins.rightMm}mm ${margins.bottomMm}mm ${margins.leftMm}mm; }\n`;
  if (pageNumber !== null && manifest.blocks.pageNumbers) {
    const font = fonts.pageNumber;
    const content = `${cssString(pageNumber.before)} counter(page) ${cssString(pageNumber.after)}`;
    // GB/T 9704 7.5: the number's line sits below the type area (7 mm), one character in from its outer edge.
    const box = `content: ${content}; font-family: ${fontFamily(font)}; font-size: ${font.sizePt}pt; font-weight: ${font.bold ? 'bold' : 'normal'}; color: #${font.color}; vertical-align: top; padding-top: ${manifest.options.pageNumberBelowTypeAreaMm}mm; white-space: pre;`;
    const indent = `${manifest.options.pageNumberIndentCharacters}em`;
    css += `@page :right { @bottom-right { ${box} text-align: right; padding-right: ${indent}; } }\n`;
    css += `@page :left { @bottom-left { ${box} text-align: left; padding-left: ${indent}; } }\n`;
    // GB/T 9704 7.5: pages named `unnumbered` (a blank page before the 版记's, and that page) carry no number.
    css += `@page ${UNNUMBERED_PAGE} { @bottom-right { content: none; } @bottom-left { content: none; } }\n`;
  }
  const variables: string[] = [
    `--page-width: ${page.widthMm}mm`,
    `--type-area-width: ${page.widthMm - margins.leftMm - margins.rightMm}mm`,
    `--type-area-height: ${page.heightMm - margins.topMm - margins.bottomMm}mm`,
    `--page-step: ${pageStepPx(page.heightMm, margins.topMm, margins.bottomMm)}px`,
    `--margin-top: ${margins.topMm}mm`,
    `--margin-right: ${margins.rightMm}mm`,
    `--margin-bottom: ${margins.bottomMm}mm`,
    `--margin-left: ${margins.leftMm}mm`,
    `--line-pitch: ${grid.linePitchPt}pt`,
    `--character-spacing: ${grid.characterSpacingPt}pt`,
    `--red: #${manifest.redColor}`,
    `--red-rule-width: ${manifest.rules.redRule.widthPt}pt`,
    `--red-rule-gap: ${manifest.rules.redRule.gapBelowDocNumberMm}mm`,
    `--red-header-top: ${manifest.options.redHeaderTopMm}mm`,
    `--imprint-outer-rule: ${manifest.rules.imprint.outerWidthMm}mm`,
    `--imprint-inner-rule: ${manifest.rules.imprint.innerWidthMm}mm`,
    // The 版记's rules are a 1 px line scaled to their width (see style.css).
    `--imprint-outer-rule-scale: ${(manifest.rules.imprint.outerWidthMm * CSS_PX_PER_MM).toFixed(4)}`,
    `--imprint-inner-rule-scale: ${(manifest.rules.imprint.innerWidthMm * CSS_PX_PER_MM).toFixed(4)}`,
    `--closing-right-indent: ${manifest.options.closingRightIndentCharacters}em`,
  ];
  for (const [role, font] of roles) {
    const name = roleName(role);
    variables.push(
      `--font-${name}-family: ${fontFamily(font)}`,
      `--font-${name}-size: ${font.sizePt}pt`,
      `--font-${name}-weight: ${font.bold ? 'bold' : 'normal'}`,
      `--font-${name}-color: #${font.color}`,
      // A line of a display font (title, 篇, 发文机关标志) takes whole grid lines, as in the .docx, so both break pages
      // alike; Word and LibreOffice print it on the last of them, so the space goes above it.
      `--font-${name}-space-above: ${(gridLinesFor(font.sizePt, manifest) - 1) * grid.linePitchPt}pt`,
    );
  }
  css += `:root {\n${variables.map((line) => `  ${line};`).join('\n')}\n}\n`;
  return css;
}
