import { access } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { starterConfig, starterPlan } from './starter-files.js';

export interface InitOptions {
  /** Where to write, relative to the working folder. */
  folder: string;
  /** The year the plan is for. */
  year: number;
}

/** Plans are written in the autumn for the next year. */
export function defaultPlanYear(today: Date): number {
  return today.getMonth() >= 8 ? today.getFullYear() + 1 : today.getFullYear();
}

export function parseYearOption(value: string | undefined, today: Date): number {
  if (value === undefined) return defaultPlanYear(today);
  if (!/^\d{4}$/.test(value)) {
    throw new PlanError({ zh: `--year 的值“${value}”无效：应为四位年份，如 2027`, en: `Invalid --year "${value}": expected a four-digit year such as 2027` });
  }
  return Number(value);
}

/**
 * Writes a starter plan and a config for `plan check`. Refuses, writing
 * nothing, when either file is already there: a clerk's plan is never
 * overwritten by a starter.
 */
export async function init(options: InitOptions, context: CommandContext): Promise<number> {
  const folder = resolve(context.cwd, options.folder);
  const files = [
    { path: join(folder, `${options.year}年工作计划.md`), text: starterPlan(options.year) },
    { path: join(folder, 'plan.config.json'), text: starterConfig() },
  ];
  const shown = (path: string): string => relative(context.cwd, path) || path;
  const existing: string[] = [];
  for (const file of files) {
    if (
      await access(file.path).then(
        () => true,
        () => false,
      )
    )
      existing.push(shown(file.path));
  }
  if (existing.length > 0) {
    throw new PlanError({
      zh: `${existing.join('、')} 已存在，未写入任何文件；请换一个文件夹（plan init 文件夹）或先移走已有文件`,
      en: `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Choose another folder (plan init FOLDER) or move the existing files first`,
    });
  }
  for (const file of files)
    await writeFileAtomic(file.path, file.text, { zh: '请换一个文件夹：plan init 文件夹', en: 'Choose another folder: plan init FOLDER' });
  const plan = shown(files[0]?.path ?? '');
  context.stdout(
    context.lang === 'zh'
      ? `已生成 ${plan} 和 ${shown(files[1]?.path ?? '')}。\n下一步：把文中的“某某”换成本单位的内容，然后运行\n  plan check ${plan}    查看还需要修改的地方\n  plan build ${plan}    生成 .docx 公文\n`
      : `Wrote ${plan} and ${shown(files[1]?.path ?? '')}.\nNext: replace 某某 with your office's details, then run\n  plan check ${plan}    to see what is left to change\n  plan build ${plan}    to typeset the .docx\n`,
  );
  return ExitCode.ok;
}
