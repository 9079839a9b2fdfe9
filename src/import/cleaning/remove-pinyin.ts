import type { CleaningStep } from './cleaning-step.js';
import { mapTexts } from './cleaning-step.js';

const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLES = `[a-zü${TONE_MARKS}]{1,6}(?:[ ][a-zü${TONE_MARKS}]{1,6})?`;
/**
 * A reading in brackets after the character it explains: `計(jì)`, `會（huì）`.
 * It must carry a tone mark, so `(次)` or `(undp)` are never taken for pinyin.
 * The base may itself be lost (`?`) or garbled into a Latin letter (`F(xiàn)在`),
 * or the character and the opening bracket may have become one `?` (`因?yàn)`).
 */
const ANNOTATION = new RegExp(`(\\p{Script=Han}|[?？A-Za-z])[(（](${SYLLABLES})[)）]|([?？])(${SYLLABLES})[)）]`, 'gu');
const HAS_TONE = new RegExp(`[${TONE_MARKS}]`, 'u');
const HAN = /\p{Script=Han}/u;
/** 〓, the typesetter's mark for a character that is missing. */
export const MISSING_CHARACTER = '〓';

export const removePinyin: CleaningStep = {
  id: 'remove-pinyin',
  title: { zh: '删除拼音注音，如 計(jì)劃', en: 'remove pinyin annotations such as 計(jì)劃' },
  enabledByDefault: true,
  run(lines, context) {
    return mapTexts(lines, this.id, context, (text, line) => {
      let count = 0;
      const result = text.replace(ANNOTATION, (match: string, ...groups: unknown[]) => {
        const offset = groups[4] as number;
        const base = (groups[0] ?? groups[2]) as string;
        const reading = (groups[1] ?? groups[3]) as string;
        if (!HAS_TONE.test(reading)) return match;
        count += 1;
        if (HAN.test(base)) return base;
        // The annotated character itself did not survive: mark the gap for a person.
        context.flag({
          kind: 'lost-character',
          line,
          text: `${text.slice(Math.max(0, offset - 4), offset)}${match}${text.slice(offset + match.length, offset + match.length + 4)}`,
          note: {
            zh: `此处的字已丢失（只剩注音 ${reading}），已标为 ${MISSING_CHARACTER}，请对照原文补上`,
            en: `the character here is lost (only its reading ${reading} is left); marked ${MISSING_CHARACTER}, restore it from the original`,
          },
        });
        return MISSING_CHARACTER;
      });
      return { text: result, count };
    });
  },
};
