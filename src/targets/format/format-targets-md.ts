import type { Lang } from '../../i18n/text.js';
import type { Target } from '../target-types.js';
import { summaryColumns } from './summary-columns.js';

/** `--format md`: a GFM table to paste into a plan or a report. */
export function formatTargetsMarkdown(targets: readonly Target[], lang: Lang, withFile: boolean): string {
  const { headings, rows } = summaryColumns(targets, lang, withFile);
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return `${[line(headings), `|${headings.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/gu, ' ');
}
