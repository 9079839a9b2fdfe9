import { relative } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { expandInputs } from '../../io/expand-inputs.js';
import { readPlanFile } from '../../io/read-plan-file.js';
import { formatOutline } from '../../outline/format-outline.js';
import { formatParseMessage } from '../../outline/format-parse-message.js';
import { parsePlan } from '../../parse/parse-plan.js';
import type { PlanDocument } from '../../plan/types.js';

export interface OutlineOptions {
  files: readonly string[];
  json: boolean;
  numbering?: 'explicit' | 'auto' | undefined;
}

export function parseNumberingOption(value: string | undefined): 'explicit' | 'auto' | undefined {
  if (value === undefined || value === 'explicit' || value === 'auto') return value;
  throw new PlanError({
    zh: `--numbering 的值“${value}”无效：应为 explicit 或 auto`,
    en: `Invalid --numbering "${value}": expected explicit or auto`,
  });
}

/**
 * Prints the numbered tree of each plan. Front-matter errors make the exit
 * code 2 (the plan cannot be read as meant) but the outline is still shown.
 */
export async function outline(options: OutlineOptions, context: CommandContext): Promise<number> {
  const files = await expandInputs(options.files, { cwd: context.cwd, extensions: ['md', 'markdown'] });
  const documents: PlanDocument[] = [];
  let exitCode: number = ExitCode.ok;
  for (const file of files) {
    const shown = relative(context.cwd, file) || file;
    const text = await readPlanFile(file, shown);
    const result = parsePlan(text, { file: shown, ...(options.numbering ? { numbering: options.numbering } : {}) });
    for (const message of result.messages) {
      context.stderr(formatParseMessage(shown, message, context.lang));
      if (message.severity === 'error') exitCode = ExitCode.failure;
    }
    if (options.json) documents.push(result.document);
    else context.stdout(formatOutline(result.document, context.lang));
  }
  if (options.json) {
    const value = documents.length === 1 ? documents[0] : documents;
    context.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }
  return exitCode;
}
