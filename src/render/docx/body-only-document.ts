import type { Document, IPropertiesOptions } from 'docx';

type Constructor = new (options: object) => object;

interface BodyWrapper {
  View: {
    Body: { addSection: (options: object) => void };
    add: (child: object) => void;
  };
}

const NO_HEADERS = { default: undefined, first: undefined, even: undefined };

/**
 * A document that holds only what is its own, its body and core
 * properties, built as docx's File builds them; the rest of it is the
 * kind's first document (`model`), whose other parts it shares (see
 * compile-parts.ts). File builds every part in its constructor, styles,
 * theme, numbering, settings and notes alike: for documents whose other
 * parts are never written, that took a tenth of a batch. The body's
 * sections refer to their footers by relationship id, the same in every
 * document of the kind, so they are lent the model's footers in the order
 * File makes them. Null when the options ask for what this does not build
 * (headers), or their footers are not the model's. The second document of
 * each kind is held to File's parts byte for byte.
 */
export function bodyOnlyDocument(model: Document, options: IPropertiesOptions): Document | null {
  const footers = model.Footers;
  let lent = 0;
  const lend = (given: object | undefined): object | undefined => (given === undefined ? undefined : footers[lent++]);
  const DocumentWrapper = model.Document.constructor as Constructor;
  const wrapper = new DocumentWrapper({ background: options.background, pageNumbers: options.pageNumbers }) as BodyWrapper;
  for (const section of options.sections) {
    if (section.headers && Object.values(section.headers).some((header) => header !== undefined)) return null;
    const given = section.footers ?? {};
    const footerWrapperGroup = { default: lend(given.default), first: lend(given.first), even: lend(given.even) };
    if (lent > footers.length) return null;
    wrapper.View.Body.addSection({ ...section.properties, headerWrapperGroup: NO_HEADERS, footerWrapperGroup });
    for (const child of section.children) wrapper.View.add(child);
  }
  if (lent !== footers.length) return null;
  // File fills in a missing creator, revision and last author before it builds these: the caller gives all three.
  const CoreProperties = model.CoreProperties.constructor as Constructor;
  const coreProperties = new CoreProperties(options);
  return Object.create(model, { Document: { value: wrapper }, CoreProperties: { value: coreProperties } }) as Document;
}
