import type { Lang } from '../i18n/text.js';

/**
 * commander's own usage errors (`error: unknown option '--x'`), as every
 * other message of plan speaks: in Chinese unless --lang en. Each pattern is
 * one of commander's message templates; one that matches none (a newer
 * commander's) is left as commander wrote it.
 */
const PATTERNS: ReadonlyArray<[RegExp, (...parts: string[]) => string]> = [
  [/^error: missing required argument '(.+)'$/, (name) => `缺少必需的参数 ${name}`],
  [/^error: option '(.+)' argument missing$/, (flags) => `选项 ${flags} 缺少取值`],
  [/^error: required option '(.+)' not specified$/, (flags) => `缺少必需的选项 ${flags}`],
  [/^error: (.+) cannot be used with (.+)$/, (a, b) => `${a} 不能与 ${b} 同时使用`],
  [/^error: unknown option '(.+)'$/, (flag) => `未知选项 ${flag}`],
  [/^error: unknown command '(.+)'$/, (name) => `未知命令 ${name}`],
  [
    /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) => `${command} 的参数过多：应为 ${expected} 个，实际 ${got} 个`,
  ],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (expected, got) => `参数过多：应为 ${expected} 个，实际 ${got} 个`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    (flags, value, choices) => `选项 ${flags} 的值“${value}”无效：可选 ${choices.split(', ').join('、')}`,
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\.(.*)$/,
    (flags, value, rest) => `选项 ${flags} 的值“${value}”无效${rest.trim() ? `：${rest.trim()}` : ''}`,
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    (value, name, choices) => `参数 ${name} 的值“${value}”无效：可选 ${choices.split(', ').join('、')}`,
  ],
];

const SUGGESTION_ONE = /^\(Did you mean (.+)\?\)$/;
const SUGGESTION_MANY = /^\(Did you mean one of (.+)\?\)$/;

/** One commander error (its first line the message, a second the suggestion) in `lang`, ending in a newline. */
export function localiseCommanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const lines = text.replace(/\n$/, '').split('\n');
  const [first = '', ...rest] = lines;
  const match = PATTERNS.map(([pattern, render]) => {
    const found = pattern.exec(first);
    return found ? render(...found.slice(1)) : undefined;
  }).find((rendered) => rendered !== undefined);
  if (match === undefined) return text;
  const shown = rest.map((line) => {
    const many = SUGGESTION_MANY.exec(line);
    if (many) return `（是否想用 ${(many[1] ?? '').split(', ').join('、')}？）`;
    const one = SUGGESTION_ONE.exec(line);
    return one ? `（是否想用 ${one[1] ?? ''}？）` : line;
  });
  return `plan: 错误：${[match, ...shown].join('\n')}\n`;
}
