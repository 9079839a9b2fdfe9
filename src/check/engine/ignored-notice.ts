import { relative } from 'node:path';
import type { Lang } from '../../i18n/text.js';

/**
 * What `plan check` and `plan build` say of a file named on the command line
 * that the config's `ignore` excludes: passed over in silence, it would be a
 * false pass in CI.
 */
export function ignoredNotice(file: string, configFile: string | null, context: { lang: Lang; cwd: string }): string {
  const by = configFile === null ? null : relative(context.cwd, configFile) || configFile;
  return context.lang === 'zh'
    ? `plan: 注意：${file} 被${by === null ? '配置' : `配置文件 ${by} `}的 ignore 排除，未处理\n`
    : `plan: note: ${file} is excluded by the ignore patterns of ${by === null ? 'the config' : by}, and was not processed\n`;
}
