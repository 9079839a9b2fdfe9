import { parseDocument } from 'htmlparser2';
import { formatChineseNumeral, formatCircledNumeral } from '../../plan/chinese-numerals.js';

interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
}

interface LevelDefinition {
  format: string;
  text: string;
  start: number;
}

interface NumberingDefinitions {
  /** numId → abstract levels (by ilvl) and start overrides. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, LevelDefinition>>;
  /** Paragraph style id → numbering it brings. */
  styleNumbering: Map<string, { numId: string; level: number }>;
}

function children(node: XmlNode, name: string): XmlNode[] {
  return (node.children ?? []).filter((child) => child.type === 'tag' && child.name === name);
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

function value(node: XmlNode | undefined): string | undefined {
  return node?.attribs?.['w:val'];
}

function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const item of node.children ?? []) {
    if (item.type !== 'tag') continue;
    if (item.name === name) out.push(item);
    descendants(item, name, out);
  }
  return out;
}

function parseXml(xml: string): XmlNode {
  return parseDocument(xml, { xmlMode: true }) as unknown as XmlNode;
}

const TIAN_GAN = '甲乙丙丁戊己庚辛壬癸';

/** Word's number formats (ST_NumberFormat) as the text a reader sees. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return formatChineseNumeral(value);
    case 'ideographTraditional':
      return TIAN_GAN[(value - 1) % 10] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return formatCircledNumeral(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
      return String.fromCharCode(64 + (((value - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((value - 1) % 26) + 1));
    case 'upperRoman':
      return toRoman(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(value);
  }
}

function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

export function readNumberingDefinitions(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { nums: new Map(), abstracts: new Map(), styleNumbering: new Map() };
  if (numberingXml) {
    const root = parseXml(numberingXml);
    for (const abstract of descendants(root, 'w:abstractNum')) {
      const levels = new Map<number, LevelDefinition>();
      for (const level of children(abstract, 'w:lvl')) {
        const index = Number.parseInt(level.attribs?.['w:ilvl'] ?? '0', 10);
        levels.set(index, {
          format: value(child(level, 'w:numFmt')) ?? 'decimal',
          text: value(child(level, 'w:lvlText')) ?? '',
          start: Number.parseInt(value(child(level, 'w:start')) ?? '1', 10),
        });
        const style = value(child(level, 'w:pStyle'));
        if (style) definitions.styleNumbering.set(style, { numId: `abstract:${abstract.attribs?.['w:abstractNumId'] ?? ''}`, level: index });
      }
      definitions.abstracts.set(abstract.attribs?.['w:abstractNumId'] ?? '', levels);
    }
    for (const num of descendants(root, 'w:num')) {
      const startOverrides = new Map<number, number>();
      for (const override of children(num, 'w:lvlOverride')) {
        const start = value(child(override, 'w:startOverride'));
        if (start !== undefined) startOverrides.set(Number.parseInt(override.attribs?.['w:ilvl'] ?? '0', 10), Number.parseInt(start, 10));
      }
      definitions.nums.set(num.attribs?.['w:numId'] ?? '', { abstractId: value(child(num, 'w:abstractNumId')) ?? '', startOverrides });
    }
    // Styles linked from a level point at the abstract numbering directly.
    for (const [style, link] of definitions.styleNumbering) {
      const abstractId = link.numId.slice('abstract:'.length);
      const numId = [...definitions.nums].find(([, num]) => num.abstractId === abstractId)?.[0];
      if (numId) definitions.styleNumbering.set(style, { numId, level: link.level });
      else definitions.styleNumbering.delete(style);
    }
  }
  if (stylesXml) {
    for (const style of descendants(parseXml(stylesXml), 'w:style')) {
      const numPr = child(child(style, 'w:pPr') ?? { type: 'tag' }, 'w:numPr');
      const numId = value(child(numPr ?? { type: 'tag' }, 'w:numId'));
      const id = style.attribs?.['w:styleId'];
      if (id && numId && numId !== '0') {
        definitions.styleNumbering.set(id, { numId, level: Number.parseInt(value(child(numPr as XmlNode, 'w:ilvl')) ?? '0', 10) });
      }
    }
  }
  return definitions;
}

/**
 * The label Word shows before every numbered paragraph (`一、`, `（一）`,
 * `1.`), in document order, computed from numbering.xml the way Word
 * counts: one counter per list and level, deeper levels restarting when a
 * higher one advances. Null for a numbered paragraph whose level has no
 * visible number (bullets). Word stores none of this text in the paragraph.
 */
export interface ParagraphNumbering {
  /** True when Word numbers the paragraph (directly or through its style). */
  numbered: boolean;
  label: string | null;
}

export function numberingLabels(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): ParagraphNumbering[] {
  const definitions = readNumberingDefinitions(numberingXml, stylesXml);
  const counters = new Map<string, number[]>();
  const labels: ParagraphNumbering[] = [];
  for (const paragraph of descendants(parseXml(documentXml), 'w:p')) {
    const labelsBefore = labels.length;
    const unnumbered = (): void => {
      if (labels.length === labelsBefore) labels.push({ numbered: false, label: null });
    };
    const properties = child(paragraph, 'w:pPr');
    const numPr = properties ? child(properties, 'w:numPr') : undefined;
    let numId = value(numPr ? child(numPr, 'w:numId') : undefined);
    let level = Number.parseInt(value(numPr ? child(numPr, 'w:ilvl') : undefined) ?? '0', 10);
    if (numId === undefined) {
      const styleId = value(properties ? child(properties, 'w:pStyle') : undefined);
      const fromStyle = styleId ? definitions.styleNumbering.get(styleId) : undefined;
      if (!fromStyle) {
        unnumbered();
        continue;
      }
      numId = fromStyle.numId;
      level = fromStyle.level;
    }
    if (numId === '0') {
      unnumbered();
      continue;
    }
    const num = definitions.nums.get(numId);
    const levels = num ? definitions.abstracts.get(num.abstractId) : undefined;
    const definition = levels?.get(level);
    if (!num || !levels || !definition) {
      unnumbered();
      continue;
    }
    const key = num.abstractId;
    const counter = counters.get(key) ?? [];
    for (let index = 0; index <= level; index += 1) {
      if (counter[index] === undefined) {
        const start = num.startOverrides.get(index) ?? levels.get(index)?.start ?? 1;
        counter[index] = index === level ? start - 1 : start;
      }
    }
    counter[level] = (counter[level] as number) + 1;
    counter.length = level + 1;
    counters.set(key, counter);
    if (definition.format === 'bullet' || definition.format === 'none') {
      labels.push({ numbered: true, label: null });
      continue;
    }
    labels.push({
      numbered: true,
      label: definition.text.replace(/%([1-9])/gu, (_, digit: string) => {
        const index = Number.parseInt(digit, 10) - 1;
        return formatNumber(counter[index] ?? 1, levels.get(index)?.format ?? 'decimal');
      }),
    });
  }
  return labels;
}
