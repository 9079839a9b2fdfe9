import type { CleaningStep } from './cleaning-step.js';
import { mapTexts, replaceCounting } from './cleaning-step.js';

/** An ASCII apostrophe or backtick wedged between two Han characters: `的'源泉`, `的`其它`. */
const STRAY = /(?<=\p{Script=Han})['`](?=\p{Script=Han})/gu;

export const removeStrayQuotes: CleaningStep = {
  id: 'remove-stray-quotes',
  title: { zh: "删除夹在汉字中间的 ' 和 `", en: "remove stray ' and ` inside Chinese words" },
  enabledByDefault: true,
  run(lines, context) {
    return mapTexts(lines, this.id, context, (text) => replaceCounting(text, STRAY, () => ''));
  },
};
