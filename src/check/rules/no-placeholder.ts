import type { Position } from '../../plan/types.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'no-placeholder';

/**
 * Template leftovers. `〇〇` is only a placeholder away from other numerals:
 * 二〇〇七年 is a year.
 */
const PLACEHOLDER =
  /(?:19|20)[xX×ｘＸ]{2}|(?<![A-Za-z0-9])(?:XX+|ＸＸ+)(?![A-Za-z])|×{2,}|＊{2,}|某某|(?<![〇零一二三四五六七八九十])[○〇◯]{2,}(?![〇零一二三四五六七八九十年])|待定|TODO|TBD/g;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '不得留有占位符：20xx、XX、××、某某、○○、待定',
      en: 'No placeholders left: 20xx, XX, ××, 某某, ○○, 待定',
    },
    rationale: {
      zh: '从模板或往年计划改写时最容易遗留占位符，发出后即是差错。',
      en: 'Placeholders are what a plan copied from a template or last year’s plan most often keeps; sent out, each is a mistake.',
    },
    defaultSeverity: 'error',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '---\ntitle: 某某单位20XX年工作计划\nissuer: 某某单位  # 发文机关\n---\n\n一、目标\n',
          messages: ['占位符“某某”未替换：请填写实际内容', '占位符“20XX”未替换：请填写实际内容', '占位符“某某”未替换：请填写实际内容'],
        },
        {
          text: '# 2027年工作计划\n\n20xx年，XX局将召开某某会议，时间待定。\n',
          messages: [
            '占位符“20xx”未替换：请填写实际内容',
            '占位符“XX”未替换：请填写实际内容',
            '占位符“某某”未替换：请填写实际内容',
            '占位符“待定”未替换：请填写实际内容',
          ],
        },
      ],
      pass: [{ text: '# 2027年工作计划\n\n2027年，樊城区科学技术局将于二〇二七年三月召开全区科技大会。\n\n代码 `XX` 不算。\n' }],
    },
  },
  check(context) {
    const report = (match: RegExpMatchArray, offset: number): void => {
      const start = offset + (match.index ?? 0);
      context.report({
        message: { zh: `占位符“${match[0]}”未替换：请填写实际内容`, en: `Placeholder "${match[0]}" left in: write the real content` },
        start,
        end: start + match[0].length,
      });
    };
    for (const value of frontMatterValues(context.facts.source, context.document.frontMatter?.keyPositions ?? {})) {
      for (const match of value.text.matchAll(PLACEHOLDER)) report(match, value.start);
    }
    for (const match of context.facts.prose.matchAll(PLACEHOLDER)) report(match, 0);
  },
};

/**
 * The front matter is masked out of the prose, yet its title, issuer and
 * signature are printed on the document: their values are read here, past
 * each key and without YAML comments.
 */
function frontMatterValues(source: string, keyPositions: Record<string, Position>): Array<{ text: string; start: number }> {
  const values: Array<{ text: string; start: number }> = [];
  for (const position of Object.values(keyPositions)) {
    const pair = source.slice(position.start.offset, position.end.offset);
    const colon = pair.indexOf(':');
    if (colon === -1) continue;
    const text = pair.slice(colon + 1).replace(/(^|\s)#[^\n]*/g, (comment) => ' '.repeat(comment.length));
    values.push({ text, start: position.start.offset + colon + 1 });
  }
  return values;
}
