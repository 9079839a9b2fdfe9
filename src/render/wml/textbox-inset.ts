/**
 * The inner margins of our text boxes, on every side: LibreOffice's own.
 * LibreOffice sets a VML text box as a frame with its frame style's 1.5 mm
 * padding and does not read `inset`; Word and WPS read `inset` and default
 * to 0.1 in at the sides and 0.05 in above and below. Written as
 * LibreOffice's, the margins are the same in all three, and a box made
 * that much larger on each side holds paragraphs exactly as wide as the
 * type area, with rules as long.
 */
export const TEXTBOX_INSET_MM = 1.5;

const INSET = `inset="${Array(4).fill(`${TEXTBOX_INSET_MM}mm`).join(',')}"`;
const DOCX_TEXTBOX = '<v:textbox style="mso-fit-shape-to-text:t;">';

/** The `v:textbox` element's opening tag, as we write it. */
export const TEXTBOX_START = `<v:textbox style="mso-fit-shape-to-text:t;" ${INSET}>`;

/** docx's text boxes with our inner margins: its Textbox passes none to its VML text box. */
export function textboxesWithOurInset(xml: string): string {
  return xml.includes(DOCX_TEXTBOX) ? xml.replaceAll(DOCX_TEXTBOX, TEXTBOX_START) : xml;
}
