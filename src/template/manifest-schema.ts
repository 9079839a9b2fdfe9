import { FONT_ROLES, type RequirableField } from './manifest-types.js';

/**
 * The JSON schema of `template.yaml`, kept beside the types it mirrors.
 * Every key is required and no unknown key is allowed, so a typo in a
 * clerk's template is an error naming the key rather than a silent default.
 */
const positive = { type: 'number', exclusiveMinimum: 0 } as const;
const hexColor = { type: 'string', pattern: '^[0-9A-Fa-f]{6}$' } as const;
const bool = { type: 'boolean' } as const;

function strictObject(properties: Record<string, unknown>, optional: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'object', properties: { ...properties, ...optional }, required: Object.keys(properties), additionalProperties: false };
}

const fontSpec = strictObject({
  eastAsia: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  latin: { type: 'string', minLength: 1 },
  sizePt: { type: 'number', minimum: 5, maximum: 72 },
  bold: bool,
  color: hexColor,
});

const REQUIRABLE: readonly RequirableField[] = [
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
];

export const manifestSchema = strictObject({
  name: { type: 'string', minLength: 1 },
  description: strictObject({ zh: { type: 'string' }, en: { type: 'string' } }),
  page: strictObject({
    widthMm: positive,
    heightMm: positive,
    margins: strictObject({ topMm: positive, bottomMm: positive, leftMm: positive, rightMm: positive }),
  }),
  grid: strictObject({
    linesPerPage: { type: 'integer', minimum: 1, maximum: 80 },
    charactersPerLine: { type: 'integer', minimum: 1, maximum: 80 },
    linePitchPt: positive,
    characterSpacingPt: { type: 'number', minimum: -5, maximum: 5 },
  }),
  fonts: strictObject(Object.fromEntries(FONT_ROLES.map((role) => [role, fontSpec]))),
  redColor: hexColor,
  rules: strictObject({
    redRule: strictObject({ widthPt: positive, gapBelowDocNumberMm: { type: 'number', minimum: 0 } }),
    imprint: strictObject({ outerWidthMm: positive, innerWidthMm: positive }),
  }),
  blocks: strictObject(
    Object.fromEntries(
      [
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
      ].map((block) => [block, bool]),
    ),
  ),
  options: strictObject({
    boldLevel3: bool,
    partsOnNewPage: bool,
    attachmentsOnNewPage: bool,
    redHeaderTopMm: { type: 'number', minimum: 0 },
    pageNumberIndentCharacters: { type: 'number', minimum: 0 },
    pageNumberBelowTypeAreaMm: { type: 'number', minimum: 0 },
    closingRightIndentCharacters: { type: 'number', minimum: 0 },
  }),
  requires: { type: 'array', items: { enum: REQUIRABLE }, uniqueItems: true },
}, { extends: { type: 'string', minLength: 1 } });
