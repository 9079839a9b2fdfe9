/**
 * A PDF as Chromium (Skia) writes it, reduced to what the destination reader
 * looks at: numbered objects, a page tree, a content stream and the named
 * destinations. `y` is in PDF units from the page's foot.
 */
export function fakePdf(options: {
  pages: number;
  destinations: Record<string, { page: number; y: number }>;
  /** Keep the destinations in a `/Names` tree instead of a `/Dests` dictionary. */
  nameTree?: boolean;
  /** Two levels of page tree, as Skia writes for many pages. */
  nested?: boolean;
  /** The content stream's length as a reference to another object, and a title with the word stream in it. */
  lengthByReference?: boolean;
}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  // A stream whose bytes look like object syntax: the reader must skip it by its length.
  const streamData = 'BT 9 0 obj <</Type /Catalog>> endobj ET';
  if (options.lengthByReference) add('<</Title (the mainstream\nplan)>>');
  const length = options.lengthByReference ? `${objects.length + 2} 0 R` : String(streamData.length);
  const content = add(`<</Length ${length}>> stream\n${streamData}\nendstream`);
  if (options.lengthByReference) add(String(streamData.length));
  const pageIds = Array.from({ length: options.pages }, () => add(`<</Type /Page\n/MediaBox [0 0 594.96 841.92]\n/Contents ${content} 0 R\n/Parent PARENT>>`));
  let root: number;
  if (options.nested && pageIds.length > 1) {
    const half = Math.ceil(pageIds.length / 2);
    const left = add(
      `<</Type /Pages /Count ${half} /Kids [${pageIds
        .slice(0, half)
        .map((id) => `${id} 0 R`)
        .join(' ')}]>>`,
    );
    const right = add(
      `<</Type /Pages /Count ${pageIds.length - half} /Kids [${pageIds
        .slice(half)
        .map((id) => `${id} 0 R`)
        .join(' ')}]>>`,
    );
    root = add(`<</Type /Pages /Count ${pageIds.length} /Kids [${left} 0 R ${right} 0 R]>>`);
  } else {
    root = add(`<</Type /Pages /Count ${pageIds.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}]>>`);
  }
  const target = ({ page, y }: { page: number; y: number }): string => `[${pageIds[page - 1]} 0 R /XYZ 6 ${y} 0]`;
  const entries = Object.entries(options.destinations);
  let catalogEntry: string;
  if (options.nameTree) {
    const leaf = add(`<</Names [${entries.map(([name, place]) => `(${name}) ${target(place)}`).join(' ')}]>>`);
    const names = add(`<</Dests ${leaf} 0 R>>`);
    catalogEntry = `/Names ${names} 0 R`;
  } else {
    const dests = add(`<<${entries.map(([name, place]) => `/${name} ${target(place)}`).join('\n')}>>`);
    catalogEntry = `/Dests ${dests} 0 R`;
  }
  add(`<</Type /Catalog\n/Pages ${root} 0 R\n${catalogEntry}>>`);
  const body = objects.map((object, index) => `${index + 1} 0 obj\n${object.replace('PARENT', `${root} 0 R`)}\nendobj\n`).join('');
  return new TextEncoder().encode(`%PDF-1.4\n${body}trailer\n<</Root ${objects.length} 0 R>>\n%%EOF\n`);
}
