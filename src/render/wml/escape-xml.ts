const ESCAPED: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// XML 1.0 forbids the control characters: they are found to be dropped.
const ESCAPABLE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Text for an XML attribute or element: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(value: string): string {
  return value.replace(ESCAPABLE, (character) => ESCAPED[character] ?? '');
}
