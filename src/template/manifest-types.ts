import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * A template is a folder:
 *
 * ```
 * <template>/template.yaml        the manifest (this file's schema and types)
 * <template>/pieces/<name>.hbs     text pieces both renderers share (red header,
 *                                  document number, signature, date, 版记 lines,
 *                                  page-number format); plain text, never HTML
 * <template>/pieces/partials/*.hbs partials the pieces may use
 * <template>/html/document.hbs     the HTML page (owned by the HTML renderer)
 * <template>/html/partials/*.hbs   partials of the HTML page, registered by file
 *                                  name without `.hbs`
 * ```
 *
 * The JSON schema below is the one source of the manifest: its TypeScript
 * types are inferred from it (FromSchema), and the validator generated from
 * it (manifest-validator.generated.ts) checks every template.yaml. Lengths
 * are in the units a clerk reads in GB/T 9704 (mm and pt); the renderers
 * convert. Every key is required in a manifest that stands alone, so that a
 * template copied out with `plan template init` shows everything it can
 * change; a manifest that `extends` another is merged over it first.
 */

/** An object whose every key is required and no other key allowed: a typo in a clerk's template is an error naming the key. */
function strictObject<const P extends Record<string, JSONSchema>>(
  properties: P,
  description?: string,
): { type: 'object'; properties: P; required: Array<keyof P & string>; additionalProperties: false; description?: string } {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties) as Array<keyof P & string>,
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  };
}

/** The same schema under each of `keys`. */
function each<const K extends string, const S extends JSONSchema>(keys: readonly K[], schema: S): { [key in K]: S } {
  return Object.fromEntries(keys.map((key) => [key, schema])) as { [key in K]: S };
}

const positive = { type: 'number', exclusiveMinimum: 0 } as const;
const nonNegative = { type: 'number', minimum: 0 } as const;
const hexColor = { type: 'string', pattern: '^[0-9A-Fa-f]{6}$', description: 'Hex RGB without #, e.g. 000000, FF0000' } as const;
const bool = { type: 'boolean' } as const;

export const FONT_ROLES = [
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
] as const;

/**
 * Font roles a manifest may leave out, each with the font it then gets (see
 * `fontOf`): a template copied out before the role existed still loads.
 */
export const OPTIONAL_FONT_ROLES = ['tableHeader'] as const;

/** Front-matter keys a template may require (DESIGN.md §3). */
export const REQUIRABLE_FIELDS = [
  'title',
  'issuer',
  'docNumber',
  'date',
  'recipients',
  'cc',
  'printer',
  'printDate',
  'attachments',
  'signature',
  'signer',
  'notes',
  'classification',
  'urgency',
  'copyNumber',
] as const;

/** Blocks a template may print; a printed block with no front-matter value is left out, unless `requires` names its field. */
const BLOCKS = [
  'copyNumber',
  'classification',
  'urgency',
  'redHeader',
  'docNumber',
  'signer',
  'redRule',
  'title',
  'recipients',
  'attachments',
  'signature',
  'date',
  'notes',
  'imprint',
  'pageNumbers',
] as const;

const fontSpec = strictObject(
  {
    eastAsia: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      description: 'East Asian font names, most wanted first (方正小标宋简体, 华文中宋, STZhongsong…)',
    },
    latin: { type: 'string', minLength: 1, description: 'Latin text and digits' },
    sizePt: { type: 'number', minimum: 5, maximum: 72 },
    bold: bool,
    color: hexColor,
  },
  'A font for one element: the names Word/WPS know, most wanted first',
);

const manifestBody = strictObject({
  name: { type: 'string', minLength: 1 },
  description: strictObject({ zh: { type: 'string' }, en: { type: 'string' } }),
  page: strictObject({
    widthMm: positive,
    heightMm: positive,
    margins: strictObject({ topMm: positive, bottomMm: positive, leftMm: positive, rightMm: positive }),
  }),
  grid: strictObject(
    {
      linesPerPage: { type: 'integer', minimum: 1, maximum: 80 },
      charactersPerLine: { type: 'integer', minimum: 1, maximum: 80 },
      linePitchPt: positive,
      characterSpacingPt: {
        type: 'number',
        minimum: -5,
        maximum: 5,
        description: 'Added to every character of body text so that a full line holds exactly charactersPerLine (negative compresses)',
      },
    },
    'The line grid. GB/T 9704: 22 lines × 28 characters. The pitch is explicit because the layout engines round differently (28.95 pt gives 22 lines in Word and LibreOffice; 29 pt gives 21 in LibreOffice).',
  ),
  fonts: {
    type: 'object',
    properties: each([...FONT_ROLES, ...OPTIONAL_FONT_ROLES], { $ref: '#/definitions/font' }),
    required: [...FONT_ROLES],
    additionalProperties: false,
    description: 'Each element’s font; tableHeader (the header row of a table) may be left out: it is then the table font in 黑体',
  },
  redColor: { ...hexColor, description: 'Hex RGB of the red header and red rule' },
  rules: strictObject({
    redRule: strictObject(
      { widthPt: positive, gapBelowDocNumberMm: nonNegative },
      'Red rule under the document number: thickness and distance from the document number',
    ),
    imprint: strictObject({ outerWidthMm: positive, innerWidthMm: positive }, '版记 rules: first and last, and the ones between'),
  }),
  blocks: strictObject(
    each(BLOCKS, bool),
    'Which blocks a template prints; a printed block with no front-matter value is left out, unless requires names its field',
  ),
  options: strictObject({
    boldLevel3: { ...bool, description: 'Third level (1.) in bold, as many offices do' },
    partsOnNewPage: { ...bool, description: 'Each part (篇) begins on a new page' },
    attachmentsOnNewPage: { ...bool, description: 'Attachments listed in the 附件说明 begin on a new page (official documents)' },
    redHeaderTopMm: { ...nonNegative, description: 'Distance from the type area’s top to the 发文机关标志 (GB/T 9704 7.2.3: 35 mm)' },
    pageNumberIndentCharacters: { ...nonNegative, description: 'Characters the page number stands in from the edge of the type area' },
    pageNumberBelowTypeAreaMm: {
      ...nonNegative,
      description: 'Distance from the type area’s bottom edge to the top of the page-number line (GB/T 9704 7.5: 7 mm)',
    },
    closingRightIndentCharacters: {
      ...nonNegative,
      description:
        'Characters the 成文日期 stands in from the right edge; the 署名 is placed so that the date’s first character is two right of the signature’s (GB/T 9704 7.3.5.2)',
    },
  }),
  requires: {
    type: 'array',
    items: { enum: REQUIRABLE_FIELDS },
    uniqueItems: true,
    description: 'Front-matter fields without which this template cannot build a document',
  },
});

/** The JSON schema of a manifest as the renderers read it: every key present (after merging over the template it extends). */
export const manifestSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'gongwen-plan template manifest (template.yaml)',
  definitions: { font: fontSpec },
  ...manifestBody,
  properties: {
    ...manifestBody.properties,
    extends: {
      type: 'string',
      minLength: 1,
      description:
        'A template whose manifest this one is merged over (it states only what it changes) and whose files it uses where it has none of its own (pieces, partials, the HTML page and stylesheet)',
    },
  },
} as const;

export type TemplateManifest = FromSchema<typeof manifestSchema>;
export type FontRole = (typeof FONT_ROLES)[number];
export type OptionalFontRole = (typeof OPTIONAL_FONT_ROLES)[number];
export type FontSpec = FromSchema<typeof fontSpec>;
export type PageGeometry = TemplateManifest['page'];
export type LineGrid = TemplateManifest['grid'];
export type TemplateBlocks = TemplateManifest['blocks'];
export type TemplateRules = TemplateManifest['rules'];
export type TemplateOptions = TemplateManifest['options'];
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

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
