/** Removes a UTF-8 BOM and turns CRLF and lone CR line ends into LF. */
export function normaliseSource(text: string): { source: string; crlf: boolean } {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const crlf = withoutBom.includes('\r\n');
  const source = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  return { source, crlf };
}
