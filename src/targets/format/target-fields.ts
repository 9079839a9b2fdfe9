import type { Lang, Text } from '../../i18n/text.js';
import type { Comparator, Target } from '../target-types.js';

export const COMPARATOR_LABELS: Record<Comparator, Text> = {
  about: { zh: '左右', en: 'about' },
  atLeast: { zh: '不少于', en: 'at least' },
  atMost: { zh: '不超过', en: 'at most' },
  range: { zh: '区间', en: 'range' },
  exactly: { zh: '等于', en: 'exactly' },
};

/** A target's number as a clerk writes it: `≥1100万人`, `约5.5%`, `5–5.5%`, `30项`. */
export function formatGoal(target: Target): string {
  const value = `${target.value}${target.unit}`;
  switch (target.comparator) {
    case 'about':
      return `约${value}`;
    case 'atLeast':
      return `≥${value}`;
    case 'atMost':
      return `≤${value}`;
    case 'range':
      return `${target.low ?? target.value}–${target.high ?? target.value}${target.unit}`;
    case 'exactly':
      return value;
  }
}

/** One column of the flat outputs (csv, xlsx): its heading and how a target fills it. */
export interface TargetField {
  key: string;
  heading: Text;
  value: (target: Target, lang: Lang) => string | number | null;
}

/** Every field of a target, in the order the tracking desk reads them. */
export const TARGET_FIELDS: readonly TargetField[] = [
  { key: 'file', heading: { zh: '文件', en: 'File' }, value: (target) => target.file },
  { key: 'line', heading: { zh: '行', en: 'Line' }, value: (target) => target.line },
  { key: 'section', heading: { zh: '章节', en: 'Section' }, value: (target) => target.section },
  { key: 'sectionTitle', heading: { zh: '章节标题', en: 'Section title' }, value: (target) => target.sectionTitle },
  { key: 'subject', heading: { zh: '指标', en: 'Subject' }, value: (target) => target.subject },
  { key: 'value', heading: { zh: '数值', en: 'Value' }, value: (target) => target.value },
  { key: 'unit', heading: { zh: '单位', en: 'Unit' }, value: (target) => target.unit },
  { key: 'comparator', heading: { zh: '比较', en: 'Comparator' }, value: (target, lang) => COMPARATOR_LABELS[target.comparator][lang] },
  { key: 'low', heading: { zh: '下限', en: 'Low' }, value: (target) => target.low ?? null },
  { key: 'high', heading: { zh: '上限', en: 'High' }, value: (target) => target.high ?? null },
  { key: 'deadline', heading: { zh: '完成时限', en: 'Deadline' }, value: (target) => target.deadline },
  { key: 'responsible', heading: { zh: '责任单位', en: 'Responsible' }, value: (target) => target.responsible },
  { key: 'text', heading: { zh: '原文', en: 'Text' }, value: (target) => target.text },
];
