import { open } from 'node:fs/promises';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import { loadConfigFor } from '../../config/load-config.js';
import type { ResolvedConfig } from '../../config/resolved-config.js';
import { readPlanFile } from '../../io/read-plan-file.js';
import { parsePlan } from '../../parse/parse-plan.js';
import { unreadableMessages } from '../../plan/unreadable-plan.js';
import { checkPlan } from './check-plan.js';
import type { Diagnostic } from '../diagnostic.js';
import { fixPlan } from './fix-plan.js';

export interface CheckFileOptions {
  /** The working folder: file names in results are relative to it. */
  cwd: string;
  /** Apply safe fixes; the fixed text comes back in `output` (nothing is written here). */
  fix?: boolean;
  /** An explicit config file instead of the search upward. */
  configFile?: string;
  /** Shared by the files of one run so that each folder's config is read once. */
  configCache?: Map<string, Promise<ResolvedConfig>>;
}

export interface CheckFileResult {
  /** Absolute path. */
  path: string;
  /** How messages name the file (relative to the working folder). */
  file: string;
  /** True when the config's `ignore` patterns exclude the file: nothing was checked. */
  ignored: boolean;
  /** With `ignored`: the config file whose patterns exclude it. */
  ignoredBy?: string | null;
  /**
   * True when the file cannot be read as a plan (see unreadable-plan.ts):
   * `diagnostics` are then those errors alone, no rule ran and nothing was
   * fixed, and `plan check` exits 2.
   */
  unreadable?: boolean;
  diagnostics: Diagnostic[];
  /** The normalised source (LF) the diagnostics' positions refer to; after fixes, the fixed source. */
  source: string;
  /** The normalised source as read, before any fix. */
  originalSource: string;
  /** With `fix`: the file's new content (line ends and BOM as the original had them), or null when nothing changed. */
  output: string | null;
  /** Findings fixed, and fixes refused because they would change the outline. */
  fixed: number;
  refused: number;
}

/**
 * Everything `plan check` does for one file: read it, find its config, parse,
 * check, and with `fix` fix and re-check. Self-contained and free of output
 * so that a worker pool can run it; writing is the caller's job. The result
 * is plain data (structured-cloneable), so a worker can post it back as it
 * is; `configCache` holds promises and stays inside each worker.
 */
export async function checkFile(path: string, options: CheckFileOptions): Promise<CheckFileResult> {
  const file = relative(options.cwd, path) || path;
  const config = await loadConfigFor(path, {
    cwd: options.cwd,
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.configCache ? { cache: options.configCache } : {}),
  });
  if (isIgnored(path, config)) {
    return { path, file, ignored: true, ignoredBy: config.file, diagnostics: [], source: '', originalSource: '', output: null, fixed: 0, refused: 0 };
  }
  const text = await readPlanFile(path, file);
  const parsed = parsePlan(text, { file });
  const unreadable = unreadableMessages(parsed.messages);
  if (unreadable.length > 0) {
    // Rules would only add findings that follow from the loss (a missing title): the errors themselves are the report.
    const diagnostics: Diagnostic[] = unreadable.map((message) => ({
      ruleId: 'front-matter',
      severity: 'error',
      message: message.text,
      position: message.position,
    }));
    return {
      path,
      file,
      ignored: false,
      unreadable: true,
      diagnostics,
      source: parsed.source,
      originalSource: parsed.source,
      output: null,
      fixed: 0,
      refused: 0,
    };
  }
  if (!options.fix) {
    const diagnostics = checkPlan(parsed, config);
    return { path, file, ignored: false, diagnostics, source: parsed.source, originalSource: parsed.source, output: null, fixed: 0, refused: 0 };
  }
  const result = fixPlan(parsed, config, { file });
  const changed = result.source !== parsed.source;
  return {
    path,
    file,
    ignored: false,
    diagnostics: result.diagnostics,
    source: result.source,
    originalSource: parsed.source,
    output: changed ? restoreLineEnds(await startsWithBom(path), result.source, parsed.crlf) : null,
    fixed: result.fixed,
    refused: result.refused,
  };
}

/** Puts back what reading and normalising took away: the BOM and CRLF line ends. */
function restoreLineEnds(bom: boolean, source: string, crlf: boolean): string {
  return (bom ? '\ufeff' : '') + (crlf ? source.replace(/\n/g, '\r\n') : source);
}

/** The UTF-8 decoder drops a BOM, so it is looked for in the file's first bytes. */
async function startsWithBom(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    return bytesRead === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } finally {
    await handle.close();
  }
}

const matchers = new WeakMap<ResolvedConfig, (path: string) => boolean>();

export function isIgnored(path: string, config: ResolvedConfig): boolean {
  if (config.ignore.length === 0) return false;
  let matcher = matchers.get(config);
  if (!matcher) {
    matcher = picomatch(config.ignore, { dot: true });
    matchers.set(config, matcher);
  }
  const inRoot = relative(config.root, path).split('\\').join('/');
  return !inRoot.startsWith('..') && matcher(inRoot);
}
