import { checkPlan } from '../check/engine/check-plan.js';
import { isIgnored } from '../check/engine/check-file.js';
import type { Diagnostic } from '../check/diagnostic.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { parsePlan, type ParseResult } from '../parse/parse-plan.js';
import { TextMap } from './text-map.js';

/** What the server knows about one version of an open plan. */
export interface Analysis {
  version: number;
  parsed: ParseResult;
  /** Every rule's findings, as `plan check` reports them; none when the config ignores the file. */
  diagnostics: Diagnostic[];
  config: ResolvedConfig;
  map: TextMap;
  ignored: boolean;
}

/**
 * Checks a plan held in memory (an editor's unsaved text) the way `plan
 * check` checks a file: the same parser, the same rules under the same
 * config, the same ignore patterns. `path` is where the text would be saved.
 */
export function analyseText(text: string, version: number, path: string, config: ResolvedConfig, shown: string): Analysis {
  const parsed = parsePlan(text, { file: shown });
  const map = new TextMap(parsed.source, text.charCodeAt(0) === 0xfeff);
  const ignored = isIgnored(path, config);
  const diagnostics = ignored ? [] : checkPlan(parsed, config);
  return { version, parsed, diagnostics, config, map, ignored };
}
