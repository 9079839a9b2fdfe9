import type { Lang } from '../../i18n/text.js';
import type { Target } from '../target-types.js';
import { TARGET_FIELDS } from './target-fields.js';

/**
 * `--format csv`: RFC 4180 (CRLF rows, fields quoted when they hold a
 * quote, a comma or a line end), one row per target, every field. `bom`
 * puts a UTF-8 byte-order mark first, without which Excel reads Chinese as
 * mojibake; it is left out on stdout, where other programs read it.
 */
export function formatTargetsCsv(targets: readonly Target[], lang: Lang, bom: boolean): string {
  const rows = [TARGET_FIELDS.map((field) => field.heading[lang])];
  for (const target of targets) rows.push(TARGET_FIELDS.map((field) => String(field.value(target, lang) ?? '')));
  return `${bom ? '\ufeff' : ''}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
