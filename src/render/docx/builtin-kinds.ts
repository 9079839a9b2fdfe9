import { BUILTIN_KINDS } from './builtin-kinds.generated.js';
import type { Kind } from './pack-docx.js';

/**
 * A kind as the generated module holds it: its parts by path, each text
 * given by its index in `texts`, which the kinds share (the theme, the
 * settings and most styles are the same in all of them).
 */
export interface StoredKind {
  key: string;
  parts: Array<[string, number]>;
  documentStart: string;
  documentEnd: string;
  sections: string[];
  relationships: string;
}

export interface StoredKinds {
  texts: string[];
  kinds: StoredKind[];
}

let kinds: Map<string, Kind> | undefined;

/**
 * The kind of the given key among the built-in templates' kinds, which
 * `npm run generate` has docx write ahead (a unit test fails when they
 * differ from what docx writes now): a build with a built-in template
 * then runs no docx at all.
 */
export function builtinKind(key: string): Kind | undefined {
  if (!kinds) {
    kinds = new Map(BUILTIN_KINDS.kinds.map((kind) => [kind.key, restore(kind, BUILTIN_KINDS.texts)]));
  }
  return kinds.get(key);
}

function restore(stored: StoredKind, texts: readonly string[]): Kind {
  const shared = new Map(stored.parts.filter(([, index]) => index >= 0).map(([path, index]) => [path, texts[index] as string]));
  return {
    shared,
    order: stored.parts.map(([path]) => path),
    documentStart: stored.documentStart,
    documentEnd: stored.documentEnd,
    sections: stored.sections,
    relationships: stored.relationships,
  };
}

/** Kinds as the generated module holds them; the inverse of `restore`. */
export function storeKinds(entries: ReadonlyArray<{ key: string; kind: Kind }>): StoredKinds {
  const texts: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (text: string): number => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = texts.push(text) - 1;
      indexes.set(text, index);
    }
    return index;
  };
  const kinds = entries.map(({ key, kind }): StoredKind => {
    const parts = kind.order.map((path): [string, number] => {
      const data = kind.shared.get(path);
      // The document's own parts are written per document; a kind keeps only their place.
      if (data === undefined) return [path, -1];
      if (typeof data !== 'string') throw new Error(`${path}: a built-in kind holds only text parts`);
      return [path, indexOf(data)];
    });
    return { key, parts, documentStart: kind.documentStart, documentEnd: kind.documentEnd, sections: [...kind.sections], relationships: kind.relationships };
  });
  return { texts, kinds };
}
