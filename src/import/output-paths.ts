import { basename, dirname, extname, join, resolve } from 'node:path';

export interface OutputChoice {
  /** `-o FILE` (one input). */
  output?: string | undefined;
  /** `--out-dir DIR`. */
  outDir?: string | undefined;
}

/**
 * Where the plan of one input goes before any part suffix: `-o`, the
 * out-dir, or beside the input. A Markdown input gets `name.imported.md`,
 * never its own name.
 */
export function baseTarget(input: string, choice: OutputChoice, cwd: string): string {
  const extension = extname(input);
  const base = basename(input, extension);
  if (choice.output !== undefined) return resolve(cwd, choice.output);
  if (choice.outDir !== undefined) return join(resolve(cwd, choice.outDir), `${base}.md`);
  return join(dirname(input), extension.toLowerCase() === '.md' || extension.toLowerCase() === '.markdown' ? `${base}.imported.md` : `${base}.md`);
}

/** One path per plan: a collection split into parts gets `-篇1`, `-篇2`… (or `-1`, `-2` for untitled plans). */
export function planTargets(target: string, parts: ReadonlyArray<string | null>): string[] {
  if (parts.length === 1) return [target];
  const extension = extname(target) || '.md';
  const stem = target.slice(0, target.length - extname(target).length);
  return parts.map((part, index) => `${stem}-${part ?? String(index + 1)}${extension}`);
}
