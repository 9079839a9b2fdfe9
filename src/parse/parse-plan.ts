import { PlanError } from '../errors.js';
import { PLAN_LIMITS } from '../io/plan-limits.js';
import type { ParseMessage, PlanDocument } from '../plan/types.js';
import { flattenDeepIndentation } from './deep-indentation.js';
import { readFrontMatter } from './front-matter.js';
import { Locator } from './locator.js';
import { parseMarkdown } from './markdown-processor.js';
import { normaliseSource } from './normalise-source.js';
import { StructureBuilder } from './structure.js';

export interface ParseOptions {
  /** The file the text came from; kept on the document for messages. */
  file?: string;
  /** Overrides the front matter's `numbering`. */
  numbering?: 'explicit' | 'auto';
}

export interface ParseResult {
  document: PlanDocument;
  /** The normalised source the positions refer to (no BOM, LF line ends). */
  source: string;
  /** True when the input used CRLF line ends; writers restore them. */
  crlf: boolean;
  messages: ParseMessage[];
}

/**
 * Parses a Markdown work plan into the typed plan tree. Problems in the plan
 * text come back as messages (an invalid front matter is an error message
 * and an empty metadata, the tree is still built); only Markdown nested past
 * the stack throws, a PlanError.
 */
export function parsePlan(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnguarded(text, options);
  } catch (error) {
    // The commands refuse plans past PLAN_LIMITS before parsing; this is the
    // floor under the library: Markdown nested past the stack is a user's
    // error to be told about, not an internal one.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw nestedTooDeep(options.file ?? 'plan', error);
    throw error;
  }
}

function nestedTooDeep(file: string, cause: RangeError): PlanError {
  return new PlanError(
    {
      zh: `${file} 的引用或列表嵌套过深，无法读取；请把嵌套减到 ${PLAN_LIMITS.nesting} 层以内`,
      en: `${file} nests block quotes or lists too deeply to be read; nest them at most ${PLAN_LIMITS.nesting} deep`,
    },
    { place: { file }, cause },
  );
}

function parseUnguarded(text: string, options: ParseOptions): ParseResult {
  const { source, crlf } = normaliseSource(text);
  const locator = new Locator(source);
  const flattened = flattenDeepIndentation(source);
  const tree = parseMarkdown(flattened.text);
  const messages: ParseMessage[] = flattened.message ? [flattened.message] : [];
  const end = locator.point(source.length);
  const document: PlanDocument = {
    type: 'plan',
    file: options.file ?? null,
    frontMatter: null,
    metadata: {},
    title: null,
    preamble: [],
    sections: [],
    attachments: [],
    numbering: 'explicit',
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  };

  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (yaml?.position && yaml.position.start.offset !== undefined && yaml.position.end.offset !== undefined) {
    const fence = locator.position(yaml.position.start.offset, yaml.position.end.offset);
    const contentStart = source.indexOf('\n', yaml.position.start.offset) + 1;
    const result = readFrontMatter(yaml.value, contentStart, fence, locator);
    document.frontMatter = result.frontMatter;
    document.metadata = { ...result.frontMatter.data };
    messages.push(...result.messages);
    if (document.metadata.title) {
      document.title = { text: document.metadata.title, source: 'front-matter', position: result.frontMatter.keyPositions['title'] ?? fence };
    }
  }
  document.numbering = options.numbering ?? document.metadata.numbering ?? 'explicit';

  new StructureBuilder(document, locator).build(tree);
  return { document, source, crlf, messages };
}
