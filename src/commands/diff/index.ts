import { relative, resolve } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import type { PlanDiff } from '../../diff/diff-types.js';
import { diffPlans } from '../../diff/diff-plans.js';
import { ExitCode, PlanError } from '../../errors.js';
import { expandInputs } from '../../io/expand-inputs.js';
import { readPlanFile } from '../../io/read-plan-file.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { parsePlan } from '../../parse/parse-plan.js';
import { unreadableMessages, unreadablePlanError } from '../../plan/unreadable-plan.js';
import type { PlanDocument } from '../../plan/types.js';

export const DIFF_FORMATS = ['text', 'json', 'html', 'docx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  oldFile: string;
  newFile: string;
  format: DiffFormat;
  /** Where to write the output; stdout when absent (not for docx). */
  output?: string | undefined;
  /** The template whose fonts the docx 修订对照表 uses. */
  template?: string | undefined;
}

export function parseDiffFormat(value: string): DiffFormat {
  if ((DIFF_FORMATS as readonly string[]).includes(value)) return value as DiffFormat;
  throw new PlanError({
    zh: `--format 的值“${value}”无效：应为 ${DIFF_FORMATS.join('、')} 之一`,
    en: `Invalid --format "${value}": expected one of ${DIFF_FORMATS.join(', ')}`,
  });
}

/**
 * `plan diff OLD NEW`: compares two plans section by section and prints or
 * writes the changes. Exit 0 when nothing changed in the structure or text
 * of the sections, 1 when something did, 2 when a plan cannot be read.
 */
export async function diff(options: DiffOptions, context: CommandContext): Promise<number> {
  if (options.format === 'docx' && options.output === undefined) {
    throw new PlanError({
      zh: '--format docx 需要用 -o 指定输出文件，例如 -o 修订对照表.docx',
      en: '--format docx needs an output file: add -o, e.g. -o revisions.docx',
    });
  }
  const [oldPlan, newPlan] = await Promise.all([readPlan(options.oldFile, context), readPlan(options.newFile, context)]);
  const result = diffPlans(oldPlan.document, newPlan.document);
  const output = await formatDiff(result, options.format, { ...options, oldFile: oldPlan.shown, newFile: newPlan.shown }, context);
  if (options.output !== undefined) await writeFileAtomic(resolve(context.cwd, options.output), output);
  else context.stdout(output);
  return result.changes.length === 0 ? ExitCode.ok : ExitCode.problems;
}

async function formatDiff(result: PlanDiff, format: DiffFormat, options: DiffOptions, context: CommandContext): Promise<string | Uint8Array> {
  const files = { oldFile: options.oldFile, newFile: options.newFile };
  switch (format) {
    case 'json': {
      const { formatDiffJson } = await import('../../diff/format/format-diff-json.js');
      return formatDiffJson(result);
    }
    case 'html': {
      const { formatDiffHtml } = await import('../../diff/format/format-diff-html.js');
      return formatDiffHtml(result, { ...files, lang: context.lang });
    }
    case 'docx': {
      const { loadTemplate } = await import('../../template/load-template.js');
      const template = await loadTemplate(options.template ?? 'plan', { cwd: context.cwd });
      const { formatDiffDocx } = await import('../../diff/format/format-diff-docx.js');
      return formatDiffDocx(result, { ...files, fonts: template.manifest.fonts });
    }
    case 'text': {
      const { formatDiffText } = await import('../../diff/format/format-diff-text.js');
      return formatDiffText(result, { ...files, lang: context.lang, color: context.color && options.output === undefined });
    }
  }
}

async function readPlan(input: string, context: CommandContext): Promise<{ document: PlanDocument; shown: string }> {
  const files = await expandInputs([input], { cwd: context.cwd, extensions: ['md', 'markdown'] });
  if (files.length !== 1) {
    throw new PlanError(
      {
        zh: `plan diff 比较两个计划文件，但 ${input} 对应 ${files.length} 个文件；请分别给出旧计划和新计划的文件名`,
        en: `plan diff compares two plan files, but ${input} names ${files.length} files; give the old and the new plan's file names`,
      },
      { place: { file: input } },
    );
  }
  const file = files[0] as string;
  const shown = relative(context.cwd, file) || file;
  const parsed = parsePlan(await readPlanFile(file, shown), { file: shown });
  // A plan whose front matter cannot be read is exit 2 here as in every command.
  const unreadable = unreadableMessages(parsed.messages);
  if (unreadable.length > 0) throw unreadablePlanError(shown, unreadable);
  return { document: parsed.document, shown };
}
