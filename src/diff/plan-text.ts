import { plainText } from '../parse/inlines.js';
import type { Block } from '../plan/types.js';

/**
 * The text of blocks as a reader sees it, one line per paragraph, list item
 * or table row (cells joined by a tab), without Markdown syntax.
 */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  const visit = (block: Block): void => {
    switch (block.type) {
      case 'paragraph':
        lines.push(plainText(block.children));
        break;
      case 'list':
        for (const item of block.items) item.children.forEach(visit);
        break;
      case 'quote':
        block.children.forEach(visit);
        break;
      case 'table':
        for (const row of block.rows) lines.push(row.cells.map((cell) => plainText(cell.children)).join('\t'));
        break;
      case 'code':
        lines.push(block.value);
        break;
      default:
        break;
    }
  };
  blocks.forEach(visit);
  return lines.join('\n');
}

/**
 * Splits text into sentences after 。！？； and at line ends, keeping the
 * closing punctuation; blanks are dropped.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/[^。！？；!?;\n]+[。！？；!?;]*/gu)) {
    const sentence = match[0].trim();
    if (sentence.length > 0 && !/^[。！？；!?;\s]+$/u.test(sentence)) out.push(sentence);
  }
  return out;
}
