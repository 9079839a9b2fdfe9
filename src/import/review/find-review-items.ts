import type { ImportLine, ReviewItem } from '../import-line.js';

/** Placeholders a template left for the writer (DESIGN.md §4, no-placeholder). */
const PLACEHOLDER = /(?:20|19)[xX×]{2}|[xX×]{2,}(?=[年月日号號])|××+|某某|○○+|〇〇(?![年〇一二三四五六七八九])|待定/gu;
const GARBLED = /\ufffd+|锟斤拷|烫烫烫|屯屯屯/gu;
const MISSING = /〓/gu;

/** What a person has to settle after the import: placeholders and leftover garbling. */
export function findReviewItems(lines: readonly ImportLine[], flagged: readonly ReviewItem[] = []): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const line of lines) {
    // A gap a cleaning step already explained (with the reading it saw) is not reported twice.
    const explained = flagged.filter((item) => item.kind === 'lost-character' && item.line === line.line).length;
    let gaps = 0;
    for (const match of line.text.matchAll(PLACEHOLDER)) {
      items.push({
        kind: 'placeholder',
        line: line.line,
        text: match[0],
        note: { zh: '占位符，请填入实际内容', en: 'placeholder: fill in the real value' },
      });
    }
    for (const match of line.text.matchAll(MISSING)) {
      gaps += 1;
      if (gaps <= explained) continue;
      items.push({
        kind: 'lost-character',
        line: line.line,
        text: line.text.slice(Math.max(0, match.index - 4), match.index + 5),
        note: { zh: '〓 处缺一个字，请对照原文补上', en: 'a character is missing at 〓; restore it from the original' },
      });
    }
    for (const match of line.text.matchAll(GARBLED)) {
      items.push({
        kind: 'garbled',
        line: line.line,
        text: match[0],
        note: { zh: '乱码（原文件已丢失这些字），请对照纸质件或原件补上', en: 'garbled (the file has lost these characters); restore them from the original' },
      });
    }
  }
  return items;
}
