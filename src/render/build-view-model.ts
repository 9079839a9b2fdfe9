import { PlanError } from '../errors.js';
import { tableHeaderFont } from '../template/table-header-font.js';
import type { Attachment, Block, Inline, PlanDocument, Section, SectionLevel } from '../plan/types.js';
import type { LoadedTemplate } from '../template/load-template.js';
import type { FontRole, FontSpec, RequirableField, TemplateManifest } from '../template/manifest-types.js';
import { buildPieceContext, renderPiece, type PieceContext } from '../template/piece-context.js';
import { mmToPt } from './layout/units.js';
import { splitTitle } from './split-title.js';
import { plainText } from './view/plain-text.js';
import type { DocumentView, ViewAttachment, ViewBlock, ViewHeader, ViewImprint, ViewRun, ViewText } from './view-model.js';

export interface BuildViewOptions {
  /** How messages name the plan. */
  file?: string;
}

/** Marks where the page number goes when the page-number piece is rendered. */
const PAGE_PLACEHOLDER = '\u0000PAGE\u0000';

const FIELD_NAMES: Record<RequirableField, string> = {
  title: '标题',
  issuer: '发文机关',
  docNumber: '发文字号',
  date: '成文日期',
  recipients: '主送机关',
  cc: '抄送机关',
  printer: '印发机关',
  printDate: '印发日期',
  attachments: '附件说明',
  signature: '署名',
  signer: '签发人',
  notes: '附注',
  classification: '密级',
  urgency: '紧急程度',
  copyNumber: '份号',
};

/**
 * Builds the view model of a plan for a template. Throws a PlanError before
 * anything is written when the template needs a front-matter field the plan
 * lacks.
 */
export function buildViewModel(document: PlanDocument, template: LoadedTemplate, options: BuildViewOptions = {}): DocumentView {
  const manifest = template.manifest;
  const title = document.title?.text ?? document.metadata.title ?? null;
  requireFields(document, title, template, options.file ?? document.file ?? '');
  const context = buildPieceContext(document.metadata, title);
  const blocks = manifest.blocks;
  const piece = (enabled: boolean, value: unknown, name: Parameters<typeof renderPiece>[1]): string | null => {
    if (!enabled || value === null || (Array.isArray(value) && value.length === 0)) return null;
    return renderPiece(template, name, context).join('\n') || null;
  };

  const header: ViewHeader = {
    copyNumber: piece(blocks.copyNumber, context.copyNumber, 'copy-number'),
    classification: piece(blocks.classification, context.classification, 'classification'),
    urgency: piece(blocks.urgency, context.urgency, 'urgency'),
    redHeader: piece(blocks.redHeader, context.issuer, 'red-header'),
    docNumber: piece(blocks.docNumber, context.docNumber, 'doc-number'),
    signer: piece(blocks.signer, context.signer, 'signer'),
    redRule: blocks.redRule && (context.issuer !== null || context.docNumber !== null),
  };

  const flattener = new SectionFlattener(manifest);
  const body = flattener.tree(document.preamble, document.sections);
  const titleWidth = titleCharactersPerLine(manifest);

  return {
    templateName: manifest.name,
    header,
    title: blocks.title && title ? { lines: splitTitle(title, titleWidth), font: manifest.fonts.title } : null,
    recipients: piece(blocks.recipients, context.recipients, 'recipients'),
    blocks: body,
    attachments: blocks.attachments && context.attachments.length > 0 ? renderPiece(template, 'attachments', context) : [],
    signature: piece(blocks.signature, context.signature, 'signature'),
    date: piece(blocks.date, context.date, 'date'),
    notes: piece(blocks.notes, context.notes, 'notes'),
    imprint: imprint(template, context),
    appendices: document.attachments.map((attachment) => appendix(attachment, flattener, manifest, titleWidth)),
    pageNumber: blocks.pageNumbers ? pageNumber(template, context) : null,
    bodyFont: manifest.fonts.body,
  };
}

function requireFields(document: PlanDocument, title: string | null, template: LoadedTemplate, file: string): void {
  const metadata = document.metadata;
  const missing = template.manifest.requires.filter((field) => {
    if (field === 'title') return !title;
    const value = metadata[field];
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  });
  if (missing.length === 0) return;
  const zhList = missing.map((field) => `${field}（${FIELD_NAMES[field]}）`).join('、');
  const enList = missing.join(', ');
  const example = missing.map((field) => `${field}: …`).join('\n');
  // A key written with a value the front matter refused (a date that does not exist) is not missing but wrong.
  const invalid = missing.filter((field) => field !== 'title' && document.frontMatter?.keyPositions[field] !== undefined);
  if (invalid.length > 0) {
    const line = document.frontMatter?.keyPositions[invalid[0] as string]?.start.line ?? 1;
    throw new PlanError(
      {
        zh: `${file}：模板 ${template.name} 需要文件头中的 ${invalid.map((field) => `${field}（${FIELD_NAMES[field]}）`).join('、')}，但其取值无效；请按 plan check 的提示改正（没有生成任何文件）`,
        en: `${file}: the template ${template.name} needs ${invalid.join(', ')} in the front matter, whose value is invalid; correct it as plan check says (no file was written)`,
      },
      { place: { file, line } },
    );
  }
  throw new PlanError(
    {
      zh: `${file}：模板 ${template.name} 需要文件头中的 ${zhList}，但计划中没有。请在文件开头的 --- 之间加上：\n${example}\n（没有生成任何文件）`,
      en: `${file}: the template ${template.name} needs ${enList} in the front matter, which the plan lacks. Add between the --- lines at the top:\n${example}\n(no file was written)`,
    },
    { place: { file, line: 1 } },
  );
}

/** Characters of the title font that fit the type area's width. */
function titleCharactersPerLine(manifest: TemplateManifest): number {
  const widthPt = mmToPt(manifest.page.widthMm - manifest.page.margins.leftMm - manifest.page.margins.rightMm);
  return Math.max(1, Math.floor(widthPt / manifest.fonts.title.sizePt));
}

function imprint(template: LoadedTemplate, context: PieceContext): ViewImprint | null {
  if (!template.manifest.blocks.imprint) return null;
  const cc = context.cc.length > 0 ? renderPiece(template, 'imprint-cc', context) : [];
  let printer = null;
  if (context.printer !== null || context.printDate !== null) {
    const line = renderPiece(template, 'imprint-printer', { ...context, printer: context.printer ?? '', printDate: context.printDate ?? '' }).join('');
    const [left = '', right = ''] = line.split('\t');
    printer = { left: left.trim(), right: right.trim() };
  }
  if (cc.length === 0 && printer === null) return null;
  return { cc, printer };
}

function pageNumber(template: LoadedTemplate, context: PieceContext): DocumentView['pageNumber'] {
  const text = renderPiece(template, 'page-number', { ...context, page: PAGE_PLACEHOLDER }).join('');
  const at = text.indexOf(PAGE_PLACEHOLDER);
  if (at < 0) {
    throw new PlanError({
      zh: `模板 ${template.name} 的 pieces/page-number.hbs 没有使用 {{page}}：页码格式必须包含页码`,
      en: `pieces/page-number.hbs of the template ${template.name} does not use {{page}}: the page-number format must contain the number`,
    });
  }
  return { before: text.slice(0, at), after: text.slice(at + PAGE_PLACEHOLDER.length) };
}

/**
 * An attachment (GB/T 9704 8): its label in 黑体 (the level-1 font: 3号黑体
 * in the built-in templates), its title in the title font, its body with the
 * levels' fonts; a new page when the template says so.
 */
function appendix(attachment: Attachment, flattener: SectionFlattener, manifest: TemplateManifest, titleWidth: number): ViewAttachment {
  const title = attachment.title?.text.trim();
  return {
    label: attachment.label,
    labelFont: manifest.fonts.level1,
    title: title ? { lines: splitTitle(title, titleWidth), font: manifest.fonts.title } : null,
    blocks: flattener.tree(attachment.preamble, attachment.sections),
    newPage: manifest.options.attachmentsOnNewPage,
  };
}

function fontRole(level: SectionLevel): FontRole {
  return typeof level === 'number' ? (`level${level}` as FontRole) : level;
}

interface RunStyle {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  link: string | null;
}

const PLAIN: RunStyle = { bold: false, italic: false, strike: false, link: null };

/** Turns the plan's inlines into runs; raw inline HTML is kept as literal text (never markup). */
export function toRuns(inlines: readonly Inline[], style: RunStyle = PLAIN): ViewRun[] {
  const runs: ViewRun[] = [];
  const text = (value: string, code = false): ViewText => ({ type: 'text', text: value, ...style, code });
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        runs.push(text(inline.value));
        break;
      case 'inlineCode':
        runs.push(text(inline.value, true));
        break;
      case 'html':
        runs.push(text(inline.value));
        break;
      case 'break':
        runs.push({ type: 'break' });
        break;
      case 'strong':
        runs.push(...toRuns(inline.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        runs.push(...toRuns(inline.children, { ...style, italic: true }));
        break;
      case 'delete':
        runs.push(...toRuns(inline.children, { ...style, strike: true }));
        break;
      case 'link':
        runs.push(...toRuns(inline.children, { ...style, link: inline.url }));
        break;
      case 'image':
        runs.push(text(inline.alt ? `[${inline.alt}]` : ''));
        break;
    }
  }
  return runs.filter((run) => run.type === 'break' || run.text.length > 0);
}

class SectionFlattener {
  constructor(private readonly manifest: TemplateManifest) {}

  private fontFor(level: SectionLevel): FontSpec {
    const font = this.manifest.fonts[fontRole(level)];
    return level === 3 && this.manifest.options.boldLevel3 ? { ...font, bold: true } : font;
  }

  section(section: Section, out: ViewBlock[], depth: number, firstOfDocument: boolean): void {
    const level = section.level;
    const isPart = level === 'part';
    const runInBody = section.runIn && section.body[0]?.type === 'paragraph' ? section.body[0] : null;
    const title = toRuns(section.title.children);
    if (section.title.terminator) title.push(plainText(section.title.terminator));
    out.push({
      type: 'heading',
      level,
      depth,
      marker: section.marker?.raw ?? '',
      title,
      font: this.fontFor(level),
      runIn: runInBody ? toRuns(runInBody.children) : null,
      runInFont: this.manifest.fonts.body,
      alignment: typeof level === 'number' ? 'indented' : 'centered',
      pageBreakBefore: isPart && this.manifest.options.partsOnNewPage && !firstOfDocument,
    });
    this.blocks(runInBody ? section.body.slice(1) : section.body, out, 0);
    for (const child of section.children) this.section(child, out, depth + 1, false);
  }

  /** A body (the document's or an attachment's): its preamble, then its sections. */
  tree(preamble: readonly Block[], sections: readonly Section[]): ViewBlock[] {
    const out: ViewBlock[] = [];
    this.blocks(preamble, out, 0);
    for (const [index, section] of sections.entries()) this.section(section, out, 0, index === 0 && preamble.length === 0);
    return out;
  }

  blocks(blocks: readonly Block[], out: ViewBlock[], indentCharacters: number): void {
    const body = this.manifest.fonts.body;
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph': {
          const runs = toRuns(block.children);
          if (runs.length > 0) out.push({ type: 'paragraph', runs, font: body, prefix: '', indentCharacters, verbatim: false });
          break;
        }
        case 'list':
          block.items.forEach((item, index) => {
            const prefix = block.ordered ? `${item.number ?? index + 1}.` : '•';
            const start = out.length;
            this.blocks(item.children, out, indentCharacters);
            const first = out[start];
            if (first?.type === 'paragraph') first.prefix = prefix;
            else out.splice(start, 0, { type: 'paragraph', runs: [], font: body, prefix, indentCharacters, verbatim: false });
          });
          break;
        case 'quote':
          this.blocks(block.children, out, indentCharacters + 2);
          break;
        case 'code':
          for (const line of block.value.split('\n')) {
            out.push({ type: 'paragraph', runs: [{ ...plainText(line), code: true }], font: body, prefix: '', indentCharacters, verbatim: true });
          }
          break;
        case 'html':
          // Comments carry plan-disable directives and are not content; other raw HTML is shown as the text it is.
          if (!/^\s*<!--[\s\S]*-->\s*$/.test(block.value)) {
            out.push({ type: 'paragraph', runs: [plainText(block.value)], font: body, prefix: '', indentCharacters, verbatim: true });
          }
          break;
        case 'table':
          out.push({
            type: 'table',
            align: block.align,
            rows: block.rows.map((row) => row.cells.map((cell) => toRuns(cell.children))),
            font: this.manifest.fonts.table,
            headerFont: tableHeaderFont(this.manifest),
          });
          break;
        case 'thematicBreak':
          // An official document has no decorative rules; the break only separated thoughts in the source.
          break;
      }
    }
  }
}
