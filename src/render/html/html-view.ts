import type { SafeString } from 'handlebars';
import type { TemplateManifest } from '../../template/manifest-types.js';
import { VERSION } from '../../version.js';
import type { ImprintPlacement } from '../layout/imprint-placement.js';
import type { DocumentView } from '../view-model.js';
import { htmlAttachments, type HtmlAttachment } from './attachment-view.js';
import { htmlImprint, type HtmlImprint } from './imprint-view.js';
import { buildSectionTree, takeLastForClosing, type HtmlBlock, type HtmlSection } from './section-tree.js';
import { tableOfContents, type TocEntry } from './table-of-contents.js';

/**
 * Nothing on a plan's page may run or be fetched: no scripts at all, styles
 * only inline, images only embedded. Escaping already keeps plan text inert;
 * this is the second lock, for a template a clerk has edited.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** What `html/document.hbs` and its partials see. Every key is present: templates are compiled strict. */
export interface HtmlDocumentView {
  contentSecurityPolicy: string;
  generator: string;
  /** The `<title>`: the document title on one line. */
  pageTitle: string;
  /** The whole stylesheet: the manifest's geometry, then the template's style.css. */
  style: SafeString;
  templateName: string;
  header: {
    notices: string[];
    redHeader: string | null;
    docNumber: string | null;
    signer: string | null;
    redRule: boolean;
  };
  title: { lines: string[] } | null;
  recipients: string | null;
  toc: TocEntry[] | null;
  preamble: HtmlBlock[];
  sections: HtmlSection[];
  /** The body's last paragraph, printed with the closing lines as one block (see takeLastForClosing). */
  closingLead: HtmlBlock | null;
  attachments: string[];
  signatureBlock: { signature: string | null; date: string | null } | null;
  notes: string | null;
  /** The attachments, after the 附注 and before the 版记. */
  appendices: HtmlAttachment[];
  imprint: HtmlImprint | null;
  /**
   * For a PDF print: marks the page's top, the text's end and the 版记 with
   * named destinations (ids that hidden links point to), so that where they
   * landed can be read from the PDF. Off for the HTML file a clerk opens.
   */
  measure: boolean;
}

/** How a page is rendered for a PDF print: with the marks to measure, and the 版记 where a first print showed it belongs. */
export interface HtmlPrintOptions {
  measure?: boolean;
  imprint?: ImprintPlacement;
}

/** The browser tab's title for a plan without one. */
const UNTITLED = '工作计划';

export function buildHtmlView(view: DocumentView, manifest: TemplateManifest, style: SafeString, options: HtmlPrintOptions = {}): HtmlDocumentView {
  const tree = buildSectionTree(view.blocks, manifest);
  const closes = view.attachments.length > 0 || view.signature !== null || view.date !== null || view.notes !== null;
  const closingLead = closes ? takeLastForClosing(tree) : null;
  const notices = [view.header.copyNumber, view.header.classification, view.header.urgency].filter((line): line is string => line !== null);
  return {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    generator: `gongwen-plan ${VERSION}`,
    pageTitle: view.title ? view.title.lines.join('') : UNTITLED,
    style,
    templateName: view.templateName,
    header: {
      notices,
      redHeader: view.header.redHeader,
      docNumber: view.header.docNumber,
      signer: view.header.signer,
      redRule: view.header.redRule,
    },
    title: view.title ? { lines: view.title.lines } : null,
    recipients: view.recipients,
    toc: tableOfContents(tree, manifest.grid),
    preamble: tree.preamble,
    sections: tree.sections,
    closingLead,
    attachments: view.attachments,
    signatureBlock: view.signature !== null || view.date !== null ? { signature: view.signature, date: view.date } : null,
    notes: view.notes,
    appendices: htmlAttachments(view.appendices, manifest),
    imprint: options.imprint ? htmlImprint(view, manifest, options.imprint) : htmlImprint(view, manifest),
    measure: options.measure === true,
  };
}
