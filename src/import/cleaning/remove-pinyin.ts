import type { CleaningStep } from './cleaning-step.js';
import { mapTexts, replaceCounting } from './cleaning-step.js';

const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/**
 * A reading in brackets right after a Han character: `計(jì)`, `會（huì）`.
 * It must carry a tone mark, so `(次)` or `(undp)` are never taken for pinyin.
 */
const ANNOTATION = new RegExp(
  `(?<=\\p{Script=Han})[(（]([a-zü${TONE_MARKS}]{1,6}(?:[ ][a-zü${TONE_MARKS}]{1,6})?)[)）]`,
  'gu',
);
const HAS_TONE = new RegExp(`[${TONE_MARKS}]`, 'u');

export const removePinyin: CleaningStep = {
  id: 'remove-pinyin',
  title: { zh: '删除拼音注音，如 計(jì)劃', en: 'remove pinyin annotations such as 計(jì)劃' },
  enabledByDefault: true,
  run(lines, context) {
    return mapTexts(lines, this.id, context, (text) =>
      replaceCounting(text, ANNOTATION, (match, reading = '') => (HAS_TONE.test(reading) ? '' : match)),
    );
  },
};
