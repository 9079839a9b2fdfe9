import type { Text } from '../i18n/text.js';
import type { Change, ChangeKind, SectionRef } from './diff-types.js';

export const KIND_LABELS: Record<ChangeKind, Text> = {
  added: { zh: '新增', en: 'added' },
  removed: { zh: '删除', en: 'removed' },
  moved: { zh: '移动', en: 'moved' },
  renamed: { zh: '改名', en: 'renamed' },
  changed: { zh: '修改', en: 'changed' },
};

/** `二、（一）`: the marker path as a reader writes it, without the separators of `path`. */
export function readablePath(path: string): string {
  return path.split('/').join('');
}

/** `二、（一）强化企业创新主体地位`: where a section is, and what it is called; `《标题》` for the document itself. */
export function refLabel(ref: SectionRef): string {
  if (ref.path === '') return ref.title ? `《${ref.title}》` : '《》';
  return ref.marker ? `${readablePath(ref.path)}${ref.title}` : readablePath(ref.path);
}

/** The side a change is shown by: the new section, or the old one when it was removed. */
export function shownRef(change: Change): SectionRef {
  return (change.new ?? change.old) as SectionRef;
}

/** One line saying what a change is, for the 说明 column and the summary. */
export function describeChange(change: Change): Text {
  switch (change.kind) {
    case 'added':
      return { zh: '新增本节', en: 'section added' };
    case 'removed':
      return { zh: '删除本节', en: 'section removed' };
    case 'moved':
      return {
        zh: `由${readablePath(change.old?.path ?? '')}移至${readablePath(change.new?.path ?? '')}`,
        en: `moved from ${readablePath(change.old?.path ?? '')} to ${readablePath(change.new?.path ?? '')}`,
      };
    case 'renamed':
      return {
        zh: `标题由“${change.old?.title ?? ''}”改为“${change.new?.title ?? ''}”`,
        en: `title changed from “${change.old?.title ?? ''}” to “${change.new?.title ?? ''}”`,
      };
    case 'changed': {
      const sentences = change.sentences?.length ?? 0;
      const numbers = (change.numbers ?? []).map((number) => `${number.old} → ${number.new}`);
      return {
        zh: `修改 ${sentences} 句${numbers.length > 0 ? `；数字：${numbers.join('，')}` : ''}`,
        en: `${sentences} sentence${sentences === 1 ? '' : 's'} changed${numbers.length > 0 ? `; numbers: ${numbers.join(', ')}` : ''}`,
      };
    }
  }
}

export function countByKind(changes: readonly Change[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, moved: 0, renamed: 0, changed: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}
