/**
 * A template is a folder:
 *
 * ```
 * <template>/template.yaml        the manifest (this file's types)
 * <template>/pieces/<name>.hbs     text pieces both renderers share (red header,
 *                                  document number, signature, date, 版记 lines,
 *                                  page-number format); plain text, never HTML
 * <template>/pieces/partials/*.hbs partials the pieces may use
 * <template>/html/document.hbs     the HTML page (owned by the HTML renderer)
 * <template>/html/partials/*.hbs   partials of the HTML page, registered by file
 *                                  name without `.hbs`
 * ```
 *
 * Lengths are in the units a clerk reads in GB/T 9704 (mm and pt); the
 * renderers convert. Every key is required in a manifest, so that a template
 * copied out with `plan template init` shows everything it can change.
 */

/** A font for one element: the names Word/WPS know, most wanted first. */
export interface FontSpec {
  /** East Asian font names, most wanted first (方正小标宋简体, 华文中宋, STZhongsong…). */
  eastAsia: string[];
  /** Latin text and digits. */
  latin: string;
  sizePt: number;
  bold: boolean;
  /** Hex RGB without `#`, e.g. `000000`, `FF0000`. */
  color: string;
}

export type FontRole =
  | 'title'
  | 'body'
  | 'part'
  | 'chapter'
  | 'section'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'level4'
  | 'level5'
  | 'table'
  | 'pageNumber'
  | 'redHeader'
  | 'docNumber'
  | 'signer'
  | 'headerNotice'
  | 'imprint';

export const FONT_ROLES: readonly FontRole[] = [
  'title',
  'body',
  'part',
  'chapter',
  'section',
  'level1',
  'level2',
  'level3',
  'level4',
  'level5',
  'table',
  'pageNumber',
  'redHeader',
  'docNumber',
  'signer',
  'headerNotice',
  'imprint',
];

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
}

/**
 * The line grid. GB/T 9704: 22 lines × 28 characters. The pitch is explicit
 * because the layout engines round differently (28.95 pt gives 22 lines in
 * Word and LibreOffice; 29 pt gives 21 in LibreOffice).
 */
export interface LineGrid {
  linesPerPage: number;
  charactersPerLine: number;
  linePitchPt: number;
  /** Added to every character of body text so that a full line holds exactly `charactersPerLine` (negative compresses). */
  characterSpacingPt: number;
}

/** Which blocks a template prints; a printed block with no front-matter value is left out, unless `requires` names its field. */
export interface TemplateBlocks {
  copyNumber: boolean;
  classification: boolean;
  urgency: boolean;
  redHeader: boolean;
  docNumber: boolean;
  signer: boolean;
  redRule: boolean;
  title: boolean;
  recipients: boolean;
  attachments: boolean;
  signature: boolean;
  date: boolean;
  notes: boolean;
  imprint: boolean;
  pageNumbers: boolean;
}

export interface TemplateRules {
  /** Red rule under the document number: thickness and distance from the document number. */
  redRule: { widthPt: number; gapBelowDocNumberMm: number };
  /** 版记 rules: first and last, and the ones between. */
  imprint: { outerWidthMm: number; innerWidthMm: number };
}

export interface TemplateOptions {
  /** Third level (1.) in bold, as many offices do. */
  boldLevel3: boolean;
  /** Each part (篇) begins on a new page. */
  partsOnNewPage: boolean;
  /** Attachments listed in the 附件说明 begin on a new page (official documents). */
  attachmentsOnNewPage: boolean;
  /** Distance from the type area's top to the 发文机关标志 (GB/T 9704 7.2.3: 35 mm). */
  redHeaderTopMm: number;
  /** Characters the page number stands in from the edge of the type area. */
  pageNumberIndentCharacters: number;
  /** Distance from the type area's bottom edge to the top of the page-number line (GB/T 9704 7.5: 7 mm). */
  pageNumberBelowTypeAreaMm: number;
  /**
   * Characters the 成文日期 stands in from the right edge; the 署名 is placed
   * so that the date's first character is two right of the signature's
   * (GB/T 9704 7.3.5.2).
   */
  closingRightIndentCharacters: number;
}

/** Names of the shared text pieces: `<template>/pieces/<name>.hbs`. */
export type PieceName =
  | 'copy-number'
  | 'classification'
  | 'urgency'
  | 'red-header'
  | 'doc-number'
  | 'signer'
  | 'recipients'
  | 'attachments'
  | 'signature'
  | 'date'
  | 'notes'
  | 'imprint-cc'
  | 'imprint-printer'
  | 'page-number';

export const PIECE_NAMES: readonly PieceName[] = [
  'copy-number',
  'classification',
  'urgency',
  'red-header',
  'doc-number',
  'signer',
  'recipients',
  'attachments',
  'signature',
  'date',
  'notes',
  'imprint-cc',
  'imprint-printer',
  'page-number',
];

/** Front-matter keys a template may require (DESIGN.md §3). */
export type RequirableField =
  | 'title'
  | 'issuer'
  | 'docNumber'
  | 'date'
  | 'recipients'
  | 'cc'
  | 'printer'
  | 'printDate'
  | 'attachments'
  | 'signature'
  | 'signer'
  | 'notes'
  | 'classification'
  | 'urgency'
  | 'copyNumber';

export interface TemplateManifest {
  name: string;
  /**
   * A built-in template whose files this one uses where it has none of its
   * own (pieces, partials, the HTML page and stylesheet); the manifest itself
   * is never inherited.
   */
  extends?: string;
  description: { zh: string; en: string };
  page: PageGeometry;
  grid: LineGrid;
  fonts: Record<FontRole, FontSpec>;
  /** Hex RGB of the red header and red rule. */
  redColor: string;
  rules: TemplateRules;
  blocks: TemplateBlocks;
  options: TemplateOptions;
  /** Front-matter fields without which this template cannot build a document. */
  requires: RequirableField[];
}
