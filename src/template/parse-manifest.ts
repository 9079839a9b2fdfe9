import { LineCounter, parseDocument, type Document } from 'yaml';
import { PlanError } from '../errors.js';

/** A template folder's manifest. */
export const MANIFEST_FILE = 'template.yaml';

/**
 * A manifest's text parsed as YAML, with what finds the line of a key.
 * Invalid YAML or an alias bomb is a PlanError naming the file and line.
 */
export function parseManifestText(text: string, shown: string): { data: unknown; document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new PlanError(
      {
        zh: `模板清单 ${shown}:${line} 不是有效的 YAML：${yamlError.message.split('\n')[0]}`,
        en: `The template manifest ${shown}:${line} is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      },
      { place: { file: shown, line } },
    );
  }
  // An alias bomb in a manifest is refused like one in front matter.
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new PlanError(
      {
        zh: `模板清单 ${shown} 无法读取：${String((error as Error).message)}`,
        en: `The template manifest ${shown} cannot be read: ${String((error as Error).message)}`,
      },
      { place: { file: shown }, cause: error },
    );
  }
  return { data, document, lineCounter };
}
