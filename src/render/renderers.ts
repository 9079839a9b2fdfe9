import type { LoadedTemplate } from '../template/load-template.js';
import type { DocumentView } from './view-model.js';

export type OutputFormat = 'docx' | 'html' | 'pdf';

/** A renderer turns the view model into the bytes (or text) of one output file. */
export type Renderer = (view: DocumentView, template: LoadedTemplate) => Promise<Uint8Array | string>;

/**
 * Format → renderer, loaded on first use so that a run that writes .docx
 * never loads the HTML or PDF code. Each renderer adds its own line.
 */
export const renderers: Partial<Record<OutputFormat, () => Promise<Renderer>>> = {
  docx: async () => (await import('./docx/render-docx.js')).renderDocx,
  html: async () => (await import('./html/render-html.js')).renderHtml,
  pdf: async () => (await import('./pdf/render-pdf.js')).renderPdf,
};

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'html', 'pdf'];
