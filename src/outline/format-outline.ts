import type { Lang } from '../i18n/text.js';
import type { PlanDocument, Section } from '../plan/types.js';

/**
 * The outline a clerk reads: line number, indentation by depth, the marker as
 * written, the title; `…` marks a heading that runs into its body. Each
 * attachment follows the body: its label and title, then its own tree.
 */
export function formatOutline(document: PlanDocument, lang: Lang): string {
  const lines: string[] = [];
  const title = document.title?.text ?? (lang === 'zh' ? '（无标题）' : '(untitled)');
  lines.push(`${document.file ?? '-'}  ${title}`);
  const walk = (sections: readonly Section[], depth: number): void => {
    for (const section of sections) {
      const line = section.headingPosition?.start.line;
      const number = line === undefined ? '     ' : String(line).padStart(5);
      const marker = section.marker ? (section.marker.generated ? `[${section.marker.raw}]` : section.marker.raw) : '·';
      const runIn = section.runIn ? ' …' : '';
      // 第一篇, 第一章 and 篇1 are words, not punctuation-closed markers: a space keeps them apart from the title.
      const gap = typeof section.level === 'string' ? ' ' : '';
      lines.push(`${number}  ${'  '.repeat(depth)}${marker}${gap}${section.title.text}${runIn}`);
      walk(section.children, depth + 1);
    }
  };
  walk(document.sections, 0);
  if (document.sections.length === 0 && document.attachments.length === 0) {
    lines.push(lang === 'zh' ? '       （没有找到编号标题）' : '       (no numbered headings found)');
  }
  for (const attachment of document.attachments) {
    const line = attachment.labelPosition?.start.line;
    const number = line === undefined ? '     ' : String(line).padStart(5);
    const title = attachment.title?.text ?? (lang === 'zh' ? '（无标题）' : '(untitled)');
    // The attachment's own tree is indented under its label: its numbering starts again.
    lines.push(`${number}  ${attachment.label}  ${title}`);
    walk(attachment.sections, 1);
  }
  return `${lines.join('\n')}\n`;
}
