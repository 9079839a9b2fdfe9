import type { Lang } from '../i18n/text.js';
import type { ParseMessage } from '../plan/types.js';

const SEVERITY: Record<ParseMessage['severity'], { zh: string; en: string }> = {
  error: { zh: '错误：', en: 'error: ' },
  warning: { zh: '警告：', en: 'warning: ' },
  info: { zh: '提示：', en: 'info: ' },
};

/** `file:line:column: 错误：message` — the shape editors and terminals link. */
export function formatParseMessage(file: string, message: ParseMessage, lang: Lang): string {
  const where = message.position ? `${file}:${message.position.start.line}:${message.position.start.column}` : file;
  return `${where}: ${SEVERITY[message.severity][lang]}${message.text[lang]}\n`;
}
