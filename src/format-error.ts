import { isPlanError } from './errors.js';
import type { Lang } from './i18n/text.js';

/**
 * How a failure reaches the user: a PlanError is the user's to fix and shows
 * its message only; anything else is our bug and says so, with the stack
 * under --debug.
 */
export function formatError(error: unknown, lang: Lang, debug: boolean): string {
  if (isPlanError(error)) {
    const prefix = lang === 'zh' ? '错误：' : 'error: ';
    const stack = debug && error.stack ? `\n${error.stack}` : '';
    return `plan: ${prefix}${error.text[lang]}${stack}\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const hint =
    lang === 'zh'
      ? '这是 plan 的内部错误，不是您的操作问题。请加 --debug 重新运行，并把输出附在问题报告中。'
      : 'This is an internal error in plan, not your mistake. Run again with --debug and attach the output to a bug report.';
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `plan: ${lang === 'zh' ? '内部错误' : 'internal error'}: ${message}\n${hint}${stack}\n`;
}
