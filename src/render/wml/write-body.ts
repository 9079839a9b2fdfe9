import type {
  BodyElement,
  BorderLine,
  ExternalHyperlink,
  Paragraph,
  ParagraphChild,
  ParagraphProperties,
  RunLook,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TableWidth,
  Textbox,
  TextboxStyle,
  TextRun,
} from './elements.js';
import { escapeXml } from './escape-xml.js';
import { TEXTBOX_START } from './textbox-inset.js';

/** A link the body refers to by relationship id; the package lists it among the document's relationships. */
export interface LinkRelationship {
  id: string;
  target: string;
}

/** What writing a body gives: its XML and the links it refers to. */
export interface WrittenBody {
  xml: string;
  links: LinkRelationship[];
}

/**
 * Writes body elements as WordprocessingML (ECMA-376 Part 1, §17), every
 * element's children in the order its schema sequence gives. `sectionBreaks`
 * are the `w:sectPr` elements that end each section but the last: a section
 * ends in the properties of its last paragraph, as Word writes it.
 */
export function writeBody(sections: readonly (readonly BodyElement[])[], sectionProperties: readonly string[]): WrittenBody {
  const writer = new BodyWriter();
  let xml = '';
  sections.forEach((elements, index) => {
    const sectPr = sectionProperties[index] ?? '';
    const last = index === sections.length - 1;
    elements.forEach((element, position) => {
      const closing = !last && position === elements.length - 1 ? sectPr : '';
      xml += writer.element(element, closing);
    });
    // A section that ends without a paragraph to carry its break gets one.
    if (!last && (elements.length === 0 || elements[elements.length - 1]?.kind === 'table')) xml += `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
    if (last) xml += sectPr;
  });
  return { xml, links: writer.links };
}

class BodyWriter {
  readonly links: LinkRelationship[] = [];
  private shapes = 0;

  element(element: BodyElement, sectPr = ''): string {
    switch (element.kind) {
      case 'paragraph':
        return this.paragraph(element, sectPr);
      case 'table':
        return this.table(element);
      case 'textbox':
        return this.textbox(element, sectPr);
    }
  }

  paragraph(paragraph: Paragraph, sectPr = ''): string {
    const properties = paragraphProperties(paragraph.options, sectPr);
    const children = paragraph.options.children ?? [];
    if (properties === '' && children.length === 0) return '<w:p/>';
    let xml = `<w:p>${properties}`;
    for (const child of children) xml += this.child(child);
    return `${xml}</w:p>`;
  }

  private child(child: ParagraphChild): string {
    return child.kind === 'run' ? run(child) : this.hyperlink(child);
  }

  private hyperlink(link: ExternalHyperlink): string {
    const id = `rIdLink${this.links.length + 1}`;
    this.links.push({ id, target: link.options.link });
    let xml = `<w:hyperlink w:history="1" r:id="${id}">`;
    for (const child of link.options.children) xml += run(child);
    return `${xml}</w:hyperlink>`;
  }

  private table(table: Table): string {
    const { width, borders, layout, columnWidths, rows } = table.options;
    let properties = '';
    if (width) properties += widthElement('w:tblW', width);
    if (borders) properties += tableBorders(borders);
    if (layout) properties += `<w:tblLayout w:type="${layout}"/>`;
    let xml = `<w:tbl>${properties === '' ? '' : `<w:tblPr>${properties}</w:tblPr>`}`;
    if (columnWidths) xml += `<w:tblGrid>${columnWidths.map((size) => `<w:gridCol w:w="${size}"/>`).join('')}</w:tblGrid>`;
    for (const row of rows) xml += this.row(row);
    return `${xml}</w:tbl>`;
  }

  private row(row: TableRow): string {
    // A row's on/off properties take only "on" and "off" in Office's schema, not "false".
    const onOffOnly = (name: string, value: boolean | undefined): string => (value === undefined ? '' : value ? `<w:${name}/>` : `<w:${name} w:val="off"/>`);
    const properties = onOffOnly('cantSplit', row.options.cantSplit) + onOffOnly('tblHeader', row.options.tableHeader);
    let xml = `<w:tr>${properties === '' ? '' : `<w:trPr>${properties}</w:trPr>`}`;
    for (const cell of row.options.children) xml += this.cell(cell);
    return `${xml}</w:tr>`;
  }

  private cell(cell: TableCell): string {
    let properties = '';
    if (cell.options.width) properties += widthElement('w:tcW', cell.options.width);
    if (cell.options.verticalAlign) properties += `<w:vAlign w:val="${cell.options.verticalAlign}"/>`;
    let xml = `<w:tc>${properties === '' ? '' : `<w:tcPr>${properties}</w:tcPr>`}`;
    for (const paragraph of cell.options.children) xml += this.paragraph(paragraph);
    return `${xml}</w:tc>`;
  }

  /**
   * A text box as VML in a run of its anchor paragraph, as Word, WPS and LibreOffice all read it,
   * with the inner margins every application agrees on (see TEXTBOX_INSET_MM).
   */
  private textbox(box: Textbox, sectPr: string): string {
    this.shapes += 1;
    let content = '';
    for (const paragraph of box.options.children) content += this.paragraph(paragraph);
    const shape =
      `<w:r><w:pict><v:shape id="plan-textbox-${this.shapes}" type="#_x0000_t202" style="${escapeXml(shapeStyle(box.options.style))}">` +
      `${TEXTBOX_START}<w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    return `<w:p>${paragraphProperties(box.options, sectPr)}${shape}</w:p>`;
  }
}

const STYLE_NAMES: Readonly<Record<keyof TextboxStyle, string>> = {
  position: 'position',
  width: 'width',
  height: 'height',
  positionHorizontalRelative: 'mso-position-horizontal-relative',
  positionVerticalRelative: 'mso-position-vertical-relative',
  marginLeft: 'margin-left',
  marginTop: 'margin-top',
};

function shapeStyle(style: TextboxStyle): string {
  return (Object.entries(style) as [keyof TextboxStyle, string | undefined][])
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${STYLE_NAMES[key]}:${value}`)
    .join(';');
}

function onOff(name: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`;
}

function border(name: string, line: BorderLine): string {
  return `<w:${name} w:val="${line.style}" w:color="${line.color}" w:sz="${line.size}"${line.space === undefined ? '' : ` w:space="${line.space}"`}/>`;
}

/** `w:pPr`'s children in CT_PPrBase's order, then the section break; empty when nothing is set. */
export function paragraphProperties(options: ParagraphProperties, sectPr = ''): string {
  let xml =
    onOff('keepNext', options.keepNext || undefined) +
    onOff('keepLines', options.keepLines || undefined) +
    onOff('pageBreakBefore', options.pageBreakBefore || undefined);
  xml += onOff('widowControl', options.widowControl);
  const borders = options.border;
  if (borders && (borders.top || borders.left || borders.bottom || borders.right)) {
    xml += '<w:pBdr>';
    if (borders.top) xml += border('top', borders.top);
    if (borders.left) xml += border('left', borders.left);
    if (borders.bottom) xml += border('bottom', borders.bottom);
    if (borders.right) xml += border('right', borders.right);
    xml += '</w:pBdr>';
  }
  if (options.tabStops && options.tabStops.length > 0) {
    xml += `<w:tabs>${options.tabStops.map((stop) => `<w:tab w:val="${stop.type}" w:pos="${stop.position}"/>`).join('')}</w:tabs>`;
  }
  xml += onOff('autoSpaceDN', options.autoSpaceEastAsianText);
  const spacing = options.spacing;
  if (spacing) {
    const attributes =
      attribute('w:after', spacing.after) +
      attribute('w:before', spacing.before) +
      attribute('w:line', spacing.line) +
      attribute('w:lineRule', spacing.lineRule);
    xml += `<w:spacing${attributes}/>`;
  }
  const indent = options.indent;
  if (indent) {
    const attributes =
      attribute('w:left', indent.left) +
      attribute('w:right', indent.right) +
      attribute('w:hanging', indent.hanging) +
      attribute('w:firstLine', indent.firstLine) +
      attribute('w:firstLineChars', indent.firstLineChars);
    xml += `<w:ind${attributes}/>`;
  }
  if (options.alignment) xml += `<w:jc w:val="${options.alignment}"/>`;
  xml += sectPr;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

/** An attribute, its value escaped: font names and colours come from a clerk's own template. */
function attribute(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${typeof value === 'string' ? escapeXml(value) : value}"`;
}

/** `w:rPr`'s children in CT_RPr's order; empty when nothing is set. */
export function runProperties(look: RunLook): string {
  let xml = '';
  const font = look.font;
  if (font) {
    const attributes =
      attribute('w:ascii', font.ascii) +
      attribute('w:cs', font.cs) +
      attribute('w:eastAsia', font.eastAsia) +
      attribute('w:hAnsi', font.hAnsi) +
      attribute('w:hint', font.hint);
    xml += `<w:rFonts${attributes}/>`;
  }
  if (look.bold !== undefined) xml += onOff('b', look.bold) + onOff('bCs', look.bold);
  if (look.italics !== undefined) xml += onOff('i', look.italics) + onOff('iCs', look.italics);
  xml += onOff('strike', look.strike);
  if (look.color !== undefined) xml += `<w:color${attribute('w:val', look.color)}/>`;
  if (look.characterSpacing !== undefined) xml += `<w:spacing w:val="${look.characterSpacing}"/>`;
  if (look.size !== undefined) xml += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

function text(value: string): string {
  return `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`;
}

function run(textRun: TextRun): string {
  const options = textRun.options;
  let xml = `<w:r>${runProperties(options)}`;
  for (let count = options.break ?? 0; count > 0; count -= 1) xml += '<w:br/>';
  if (options.text !== undefined) xml += text(options.text);
  for (const child of options.children ?? []) xml += typeof child === 'string' ? text(child) : '<w:tab/>';
  return `${xml}</w:r>`;
}

function widthElement(name: string, width: TableWidth): string {
  return `<${name} w:type="${width.type}" w:w="${width.size}"/>`;
}

function tableBorders(borders: TableBorders): string {
  let xml = '';
  if (borders.top) xml += border('top', borders.top);
  if (borders.left) xml += border('left', borders.left);
  if (borders.bottom) xml += border('bottom', borders.bottom);
  if (borders.right) xml += border('right', borders.right);
  if (borders.insideHorizontal) xml += border('insideH', borders.insideHorizontal);
  if (borders.insideVertical) xml += border('insideV', borders.insideVertical);
  return xml === '' ? '' : `<w:tblBorders>${xml}</w:tblBorders>`;
}
