import { Chalk } from 'chalk';
import { displayWidth, padToWidth } from '../../i18n/display-width.js';
import type { Lang } from '../../i18n/text.js';
import { CHANGE_KINDS, type Change, type ChangeKind, type PlanDiff } from '../diff-types.js';
import { countByKind, describeChange, KIND_LABELS, refLabel, shownRef } from '../change-labels.js';

export interface DiffTextOptions {
  lang: Lang;
  color: boolean;
  oldFile: string;
  newFile: string;
}

/**
 * The default output, like `git diff --stat` then the details: one line per
 * change (kind, section, a short account), a summary line, then for each
 * changed section its sentences, old in red and new in green.
 */
export function formatDiffText(diff: PlanDiff, options: DiffTextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const zh = options.lang === 'zh';
  const paint: Record<ChangeKind, (text: string) => string> = {
    added: chalk.green,
    removed: chalk.red,
    moved: chalk.cyan,
    renamed: chalk.yellow,
    changed: chalk.yellow,
  };
  const lines: string[] = [chalk.bold(`--- ${options.oldFile}`), chalk.bold(`+++ ${options.newFile}`)];
  if (diff.changes.length === 0) {
    lines.push(zh ? '两份计划的结构和内容没有变化。' : 'No structural change between the two plans.');
    return `${lines.join('\n')}\n`;
  }
  const labels = diff.changes.map((change) => refLabel(shownRef(change)));
  const width = Math.min(48, Math.max(...labels.map(displayWidth)));
  const kindWidth = Math.max(...CHANGE_KINDS.map((kind) => displayWidth(KIND_LABELS[kind][options.lang])));
  diff.changes.forEach((change, index) => {
    const label = labels[index] as string;
    const shown = displayWidth(label) > width ? label : padToWidth(label, width);
    lines.push(` ${paint[change.kind](padToWidth(KIND_LABELS[change.kind][options.lang], kindWidth))}  ${shown} | ${describeChange(change)[options.lang]}`);
  });
  lines.push(summaryLine(diff.changes, options.lang));
  const details = diff.changes.filter((change) => change.kind === 'changed');
  for (const change of details) {
    lines.push('', chalk.bold(`${refLabel(shownRef(change))}${lineNote(change, options.lang)}`));
    for (const sentence of change.sentences ?? []) {
      if (sentence.old !== null) lines.push(chalk.red(`- ${sentence.old}`));
      if (sentence.new !== null) lines.push(chalk.green(`+ ${sentence.new}`));
    }
    for (const number of change.numbers ?? []) lines.push(`  ${chalk.red(number.old)} → ${chalk.green(number.new)}`);
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(changes: readonly Change[], lang: Lang): string {
  const counts = countByKind(changes);
  const parts = CHANGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) =>
    lang === 'zh' ? `${KIND_LABELS[kind].zh} ${counts[kind]}` : `${counts[kind]} ${KIND_LABELS[kind].en}`,
  );
  return lang === 'zh'
    ? ` 共 ${changes.length} 处变化：${parts.join('，')}`
    : ` ${changes.length} change${changes.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function lineNote(change: Change, lang: Lang): string {
  const oldLine = change.old?.line;
  const newLine = change.new?.line;
  if (oldLine == null || newLine == null) return '';
  return lang === 'zh' ? `（原第 ${oldLine} 行，现第 ${newLine} 行）` : ` (line ${oldLine} → ${newLine})`;
}
