import ExcelJS from 'exceljs';
import type { Lang } from '../../i18n/text.js';
import type { Target } from '../target-types.js';
import { TARGET_FIELDS } from './target-fields.js';

/** The sheet's name, which tests and a desk's macros look for. */
export const TARGETS_SHEET: Record<Lang, string> = { zh: '量化目标', en: 'Targets' };

const WIDTHS: Record<string, number> = {
  file: 24,
  line: 6,
  section: 14,
  sectionTitle: 24,
  subject: 30,
  value: 10,
  unit: 8,
  comparator: 8,
  low: 8,
  high: 8,
  deadline: 14,
  responsible: 16,
  text: 60,
};

/**
 * `--format xlsx`: the tracking table a 督查督办 desk keeps. One row per
 * target with every field, then two empty columns (完成情况, 备注) for the
 * desk to fill in; the header row is frozen and filtered, long text wraps.
 */
export async function formatTargetsXlsx(targets: readonly Target[], lang: Lang): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongwen-plan';
  const sheet = workbook.addWorksheet(TARGETS_SHEET[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const tracking = lang === 'zh' ? ['完成情况', '备注'] : ['Progress', 'Notes'];
  sheet.columns = [
    ...TARGET_FIELDS.map((field) => ({ header: field.heading[lang], key: field.key, width: WIDTHS[field.key] ?? 12 })),
    { header: tracking[0], key: 'progress', width: 24 },
    { header: tracking[1], key: 'notes', width: 24 },
  ];
  for (const target of targets) {
    const row: Record<string, string | number | null> = { progress: null, notes: null };
    for (const field of TARGET_FIELDS) row[field.key] = field.value(target, lang);
    sheet.addRow(row);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TARGET_FIELDS.length + 2 } };
  for (const key of ['subject', 'sectionTitle', 'text']) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
