import type { Lang } from '../../i18n/text.js';
import type { Target } from '../target-types.js';
import { formatGoal } from './target-fields.js';

/** The columns a reader scans (terminal table and Markdown): the file first when there are several. */
export function summaryColumns(targets: readonly Target[], lang: Lang, withFile: boolean): { headings: string[]; rows: string[][] } {
  const zh = lang === 'zh';
  const headings = [
    ...(withFile ? [zh ? '文件' : 'File'] : []),
    zh ? '行' : 'Line',
    zh ? '章节' : 'Section',
    zh ? '指标' : 'Subject',
    zh ? '目标' : 'Target',
    zh ? '完成时限' : 'Deadline',
    zh ? '责任单位' : 'Responsible',
  ];
  const rows = targets.map((target) => [
    ...(withFile ? [target.file] : []),
    String(target.line),
    target.section,
    target.subject,
    formatGoal(target),
    target.deadline ?? '',
    target.responsible ?? '',
  ]);
  return { headings, rows };
}
