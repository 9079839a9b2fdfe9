/** Where a named destination of a PDF points: its page (1-based) and the point's height on it, in PDF units from the page's foot. */
export interface PdfDestination {
  page: number;
  y: number;
}

/**
 * The named destinations of a PDF and its page count, read from the file's
 * objects: enough to tell on which page, and how far down, an element of a
 * printed HTML page landed (Chromium names a destination for each element a
 * link of the page points to). Reads what Chromium (Skia) writes: plain
 * objects, a catalog `/Dests` dictionary or `/Names` tree of `/XYZ`
 * destinations. Returns null for a PDF it cannot read (compressed object
 * streams, another producer), so that the caller can keep what it has.
 */
export function readPdfDestinations(pdf: Uint8Array): { pages: number; destinations: Map<string, PdfDestination> } | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  // Streams hold binary data that may look like anything: skip each by its stated length where it is given directly.
  const pattern = /(\d+) (\d+) obj\b/g;
  let match: RegExpExecArray | null = pattern.exec(text);
  while (match !== null) {
    const start = pattern.lastIndex;
    const endAt = text.indexOf('endobj', start);
    if (endAt < 0) break;
    const streamAt = streamStart(text, start, endAt);
    if (streamAt >= 0) {
      const head = text.slice(start, streamAt);
      objects.set(Number(match[1]), head);
      // A length given directly (`/Length 184>>`), not by reference (`/Length 12 0 R`).
      const length = /\/Length (\d+)(?=\s*[/>])/.exec(head);
      const skipTo = length ? streamAt + Number(length[1]) : endAt;
      const after = text.indexOf('endobj', skipTo);
      if (after < 0) break;
      pattern.lastIndex = after + 6;
    } else {
      objects.set(Number(match[1]), text.slice(start, endAt));
      pattern.lastIndex = endAt + 6;
    }
    match = pattern.exec(text);
  }
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (catalog === undefined) return null;
  const resolve = (body: string): string => {
    const reference = /^\s*(\d+) \d+ R\s*$/.exec(body);
    return reference ? (objects.get(Number(reference[1])) ?? '') : body;
  };
  const referenceAfter = (body: string, key: string): number | undefined => {
    const found = new RegExp(`/${key}\\s+(\\d+) \\d+ R`).exec(body);
    return found ? Number(found[1]) : undefined;
  };

  // The pages in order: the page tree's leaves, depth first.
  const pageNumbers = new Map<number, number>();
  const visit = (id: number, depth: number): void => {
    const body = objects.get(id);
    if (body === undefined || depth > 32) return;
    if (/\/Type\s*\/Page\b/.test(body)) {
      pageNumbers.set(id, pageNumbers.size + 1);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) \d+ R/g)) visit(Number(kid[1]), depth + 1);
  };
  const root = referenceAfter(catalog, 'Pages');
  if (root === undefined) return null;
  visit(root, 0);
  if (pageNumbers.size === 0) return null;

  const destinations = new Map<string, PdfDestination>();
  const add = (entries: string): void => {
    for (const entry of entries.matchAll(/[/(]([^\s/()[\]<>]+)\)?\s*(\[[^\]]*\]|\d+ \d+ R)/g)) {
      const array = resolve(entry[2] as string);
      const target = /\[\s*(\d+) \d+ R\s*\/XYZ\s+([-\d.]+|null)\s+([-\d.]+)/.exec(array);
      const page = target ? pageNumbers.get(Number(target[1])) : undefined;
      if (target && page !== undefined) destinations.set(decodeName(entry[1] as string), { page, y: Number(target[3]) });
    }
  };
  const dests = referenceAfter(catalog, 'Dests');
  if (dests !== undefined) add(innerDictionary(objects.get(dests) ?? ''));
  // A `/Names` tree keeps its pairs in `/Names [...]` arrays at its leaves.
  const namesRoot = referenceAfter(catalog, 'Names');
  const destsTree = namesRoot !== undefined ? referenceAfter(objects.get(namesRoot) ?? '', 'Dests') : undefined;
  const leaves = (id: number, depth: number): void => {
    const body = objects.get(id);
    if (body === undefined || depth > 32) return;
    const names = /\/Names\s*\[([\s\S]*)\]/.exec(body)?.[1];
    if (names !== undefined) add(names);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) \d+ R/g)) leaves(Number(kid[1]), depth + 1);
  };
  if (destsTree !== undefined) leaves(destsTree, 0);
  return { pages: pageNumbers.size, destinations };
}

/** Where an object's stream data begins (after `>> stream` and its end of line) before `end`, or -1 for an object without one. */
function streamStart(text: string, from: number, end: number): number {
  const body = text.slice(from, end);
  const keyword = /\bstream(?:\r\n|\n|\r)/g;
  for (let found = keyword.exec(body); found !== null; found = keyword.exec(body)) {
    if (/>>\s*$/.test(body.slice(Math.max(0, found.index - 8), found.index))) return from + found.index + found[0].length;
  }
  return -1;
}

/** The entries of a dictionary object, without its outer `<<` `>>`. */
function innerDictionary(body: string): string {
  const start = body.indexOf('<<');
  const end = body.lastIndexOf('>>');
  return start >= 0 && end > start ? body.slice(start + 2, end) : '';
}

/** A PDF name's `#xx` escapes. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
