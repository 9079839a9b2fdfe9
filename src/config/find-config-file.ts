import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ExitCode, PlanError } from '../errors.js';

/** Looked for in each folder from the plan's own up to the file-system root; the first found wins. */
export const CONFIG_FILE_NAMES = ['plan.config.json', '.planrc', '.planrc.json', '.planrc.yaml', '.planrc.yml', 'package.json'] as const;

export interface FoundConfig {
  file: string;
  /** The parsed config: the whole file, or the `plan` key of a package.json. */
  content: unknown;
}

/**
 * The nearest config file from `folder` up to the root, parsed, or null when
 * there is none. A package.json counts only when it has a `plan` key. A file
 * that cannot be read or parsed is a PlanError naming it.
 */
export function findConfigFile(folder: string): FoundConfig | null {
  for (let current = folder; ; current = dirname(current)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = resolve(current, name);
      const text = readIfPresent(candidate);
      if (text === null) continue;
      const content = configIn(candidate, text);
      if (content !== undefined) return { file: candidate, content };
    }
    if (dirname(current) === current) return null;
  }
}

/**
 * A candidate config file's text, or null when there is none. Synchronous:
 * six names are tried in every folder up to the root, and a round trip
 * through the thread pool for each cost more than reading.
 */
function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw configError(file, { zh: `无法读取：${message}`, en: `cannot be read: ${message}` });
  }
}

/**
 * The config a file's text holds: all of it, or a package.json's `plan` key,
 * undefined when a package.json has none. A file that does not parse is a
 * PlanError naming it.
 */
export function configIn(file: string, text: string): unknown {
  const content = parseConfigText(file, text);
  if (basename(file) !== 'package.json') return content;
  return content !== null && typeof content === 'object' && 'plan' in content ? (content as { plan: unknown }).plan : undefined;
}

function parseConfigText(file: string, text: string): unknown {
  const json = file.endsWith('.json');
  try {
    return json ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const detail = String((error as Error).message).split('\n')[0] ?? '';
    throw configError(file, { zh: `不是有效的 ${json ? 'JSON' : 'YAML'}：${detail}`, en: `is not valid ${json ? 'JSON' : 'YAML'}: ${detail}` });
  }
}

export function configError(file: string, reason: { zh: string; en: string }): PlanError {
  const joinZh = reason.zh.startsWith('中') ? '' : ' ';
  const joinEn = reason.en.startsWith(':') ? '' : ' ';
  return new PlanError(
    { zh: `配置文件 ${file}${joinZh}${reason.zh}`, en: `Config file ${file}${joinEn}${reason.en}` },
    { exitCode: ExitCode.failure, place: { file } },
  );
}
