import type { ParseMessage } from '../plan/types.js';

/** No plan nests lists this deep; past it micromark's work grows with the cube of the depth. */
export const MAX_INDENT_COLUMNS = 64;

/**
 * Replaces the indentation of lines indented past MAX_INDENT_COLUMNS with
 * no-break spaces, one for one, so that Markdown reads them as text and not
 * as ever deeper containers. The text keeps its length, so every offset and
 * column the parser reports still points into the original source.
 */
export function flattenDeepIndentation(source: string): { text: string; message: ParseMessage | null } {
  const pattern = new RegExp(`^[ \\t]{${MAX_INDENT_COLUMNS + 1},}`, 'gm');
  let firstOffset: number | null = null;
  const text = source.replace(pattern, (indentation: string, offset: number) => {
    firstOffset ??= offset;
    return '\u00a0'.repeat(indentation.length);
  });
  if (firstOffset === null) return { text: source, message: null };
  const offset: number = firstOffset;
  const line = countLines(source, offset);
  const point = { line, column: 1, offset };
  return {
    text,
    message: {
      id: 'parse/deep-nesting',
      severity: 'warning',
      text: {
        zh: `第 ${line} 行起有缩进超过 ${MAX_INDENT_COLUMNS} 列的内容（列表嵌套过深），已作为正文读取；请减少嵌套层级`,
        en: `From line ${line} on, content is indented past ${MAX_INDENT_COLUMNS} columns (lists nested too deep) and was read as body text; nest less deeply`,
      },
      position: { start: point, end: point },
    },
  };
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
