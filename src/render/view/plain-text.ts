import type { ViewText } from '../view-model.js';

/**
 * Text with no inline formatting. Below both the view model and the
 * renderers, which add runs of their own (a heading's marker), so that
 * neither imports the other.
 */
export function plainText(text: string): ViewText {
  return { type: 'text', text, bold: false, italic: false, strike: false, link: null, code: false };
}
