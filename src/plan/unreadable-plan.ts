import { PlanError } from '../errors.js';
import type { ParseMessage } from './types.js';

/**
 * The parse's errors: front matter that is not valid YAML, is not a
 * mapping, expands too many aliases or gives a key a value of the wrong
 * type. A file with any of them cannot be read as the plan it means to be
 * (its title, date or issuer are lost), so every command treats it the same
 * way: it says so, once, with the line, and exits 2. A date in the right
 * form that names no day (2027-13-45) is read: it is a finding of `plan
 * check` like a wrong date in the body, which `plan build` refuses unless
 * `--force` (GB/T 9704 7.3.5.3 leaves no room for it on the page).
 */
export function unreadableMessages(messages: readonly ParseMessage[]): ParseMessage[] {
  return messages.filter((message) => message.severity === 'error' && !READ_BUT_WRONG.has(message.id));
}

/** Errors of a front matter that was read whole: the check reports them, the plan is still the plan. */
const READ_BUT_WRONG: ReadonlySet<string> = new Set(['front-matter/date']);

/** The failure of a command that needs the whole plan (build): the first error with its line, and how many more. */
export function unreadablePlanError(file: string, messages: readonly ParseMessage[]): PlanError {
  const [first] = messages;
  const line = first?.position?.start.line;
  const more = messages.length - 1;
  // A YAML error names its line itself.
  const named = (text: string, marker: string): boolean => line !== undefined && text.includes(marker);
  return new PlanError(
    {
      zh: `${file}${line === undefined || named(first?.text.zh ?? '', `第 ${line} 行`) ? '' : ` 第 ${line} 行`}：${first?.text.zh ?? ''}${more > 0 ? `（另有 ${more} 处错误）` : ''}`,
      en: `${file}${line === undefined || named(first?.text.en ?? '', `line ${line}`) ? '' : ` line ${line}`}: ${first?.text.en ?? ''}${more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'})` : ''}`,
    },
    { place: { file, ...(line === undefined ? {} : { line }) } },
  );
}
