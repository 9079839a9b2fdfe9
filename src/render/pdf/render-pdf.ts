import type { LoadedTemplate } from '../../template/load-template.js';
import type { DocumentView } from '../view-model.js';
import { PdfConverter } from './pdf-converter.js';
import { findPdfEngine, type PdfEngine } from './pdf-engine.js';

export interface PdfRenderer {
  render: (view: DocumentView, template: LoadedTemplate) => Promise<Uint8Array>;
  engine: PdfEngine;
  dispose: () => Promise<void>;
  disposeSync: () => void;
}

/**
 * A PDF renderer with its own converter profile: LibreOffice gets the .docx
 * renderer's output, Chromium the HTML page's (printed a second time when
 * the first print shows the 版记 on the wrong page, see print-html.ts). A batch makes one per worker
 * thread; `signal` kills a conversion in progress on Ctrl-C.
 */
export function createPdfRenderer(engine: PdfEngine, signal?: AbortSignal, debug?: (line: string) => void): PdfRenderer {
  const converter = new PdfConverter(engine, debug);
  const never = new AbortController().signal;
  return {
    engine,
    async render(view, template) {
      if (converter.needs === 'docx') {
        const { renderDocx } = await import('../docx/render-docx.js');
        return converter.convert({ docx: () => renderDocx(view, template) }, signal ?? never);
      }
      const { printHtml } = await import('./print-html.js');
      return printHtml(view, template, (html) => converter.convert({ html: async () => html }, signal ?? never), debug);
    },
    dispose: () => converter.dispose(),
    disposeSync: () => converter.disposeSync(),
  };
}

let shared: PdfRenderer | undefined;

/**
 * Chooses the converter the registry's `renderPdf` uses in this thread (a
 * worker thread has its own module state, hence its own profile folder).
 * Returns it so that the caller can dispose of it.
 */
export function usePdfEngine(engine: PdfEngine, signal?: AbortSignal, debug?: (line: string) => void): PdfRenderer {
  shared?.disposeSync();
  const renderer = createPdfRenderer(engine, signal, debug);
  shared = renderer;
  process.once('exit', () => renderer.disposeSync());
  return renderer;
}

/**
 * The registry's PDF renderer (the `Renderer` signature): the converter
 * chosen with `usePdfEngine`, else the first one installed. Its profile
 * folder is removed when the thread or process ends.
 */
export async function renderPdf(view: DocumentView, template: LoadedTemplate): Promise<Uint8Array> {
  shared ??= usePdfEngine(findPdfEngine(undefined, process.env));
  return shared.render(view, template);
}
