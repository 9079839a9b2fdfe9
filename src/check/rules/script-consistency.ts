import { createRequire } from 'node:module';
import type { TextEdit } from '../diagnostic.js';
import { docsUrl, type OptionsOf, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';
import { mayChangeInSimplified, toSimplified as simplify } from '../traditional-to-simplified.js';

const id = 'script-consistency';

let toTraditional: ((text: string) => string) | undefined;

/**
 * Only `script: auto` converts to traditional, and OpenCC's cn → t build is
 * a 1 MB module: it is required on first use, not imported
 * by every check.
 */
function traditionalise(text: string): string {
  if (!toTraditional) {
    const opencc = createRequire(import.meta.url)('opencc-js/cn2t') as { Converter: (options: { from: string; to: string }) => (text: string) => string };
    toTraditional = opencc.Converter({ from: 'cn', to: 't' });
  }
  return toTraditional(text);
}

/** Characters that only the simplified script writes this way (they change when converted to traditional). */
function simplifiedOnly(text: string): number {
  const converted = traditionalise(text);
  if (converted.length !== text.length) return 0;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) if (text[index] !== converted[index]) count += 1;
  return count;
}

const HAN = /\p{Script=Han}/u;
/** At most this many characters are quoted in one message. */
const QUOTED = 8;

const optionsSchema = {
  type: 'object',
  properties: {
    script: {
      enum: ['simplified', 'auto'],
      description:
        'simplified：全文应为简体；auto：以多数为准，繁体为主的文档不报告 / simplified: the plan must be simplified; auto: a mostly traditional plan is left alone',
    },
  },
  additionalProperties: false,
} as const;

export const rule: Rule<OptionsOf<typeof optionsSchema>> = {
  meta: {
    id,
    description: {
      zh: '简体计划中不应混有繁体字（用 OpenCC 判断）',
      en: 'No traditional characters in a simplified plan (judged with OpenCC)',
    },
    rationale: {
      zh: '《中华人民共和国国家通用语言文字法》第十七条：公文使用规范汉字。从港台网页或旧文档复制的文字常混入繁体字。修复按 OpenCC 的繁简对照逐字替换，请复核一对多的字（如“乾”“後”）。',
      en: 'The national language law (art. 17) requires standard simplified characters in official documents. Text copied from some web pages or old files brings traditional characters along. The fix replaces them with OpenCC’s simplified forms; review characters with several simplified forms.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema,
    defaultOptions: { script: 'simplified' },
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        { text: '# 2027年工作计划\n\n认真做好年度計劃的实施工作。\n', messages: ['简体文档中混有繁体字“計、劃”：应为“计、划”'] },
        { text: '---\ntitle: 2027年科技工作計劃\n---\n\n认真做好年度计划的实施工作。\n', messages: ['简体文档中混有繁体字“計、劃”：应为“计、划”'] },
      ],
      pass: [
        { text: '# 2027年工作计划\n\n认真做好年度计划的实施工作。\n' },
        { text: '---\ntitle: 2027年工作计划\n---\n\n认真做好年度计划的实施工作。\n' },
        { text: '# 2027年工作計劃\n\n認真做好年度計劃的實施工作。\n', options: { script: 'auto' } },
      ],
    },
  },
  check(context) {
    const findings = context.facts.proseLines.map((line) => traditionalIn(line.text, line.start));
    // The prose masks the front matter, but its title is printed at the top of the page.
    const title = frontMatterTitle(context);
    if (title) findings.unshift(title.edits);
    if (context.options.script === 'auto') {
      // A plan written mostly in traditional characters is traditional on purpose.
      const traditional = findings.reduce((sum, edits) => sum + edits.length, 0);
      const simplified = context.facts.proseLines.reduce((sum, line) => sum + simplifiedOnly(line.text), 0) + (title ? simplifiedOnly(title.text) : 0);
      if (traditional > simplified) return;
    }
    for (const edits of findings) {
      if (edits.length === 0) continue;
      report(context, edits);
    }
  },
};

/**
 * The front-matter title and the edits that simplify it where it is written
 * in the YAML. A title written so that its text is not found as it is
 * (escapes, folded lines) is not counted: nothing there could be fixed.
 */
function frontMatterTitle(context: RuleContext<object>): { text: string; edits: TextEdit[] } | null {
  const title = context.document.title;
  if (title?.source !== 'front-matter' || !title.position) return null;
  const { start, end } = { start: title.position.start.offset, end: title.position.end.offset };
  const written = context.source.slice(start, end);
  const at = written.indexOf(title.text, written.indexOf(':') + 1);
  if (at < 0) return null;
  return { text: title.text, edits: traditionalIn(title.text, start + at) };
}

/** One edit per traditional character of a line whose conversion keeps its length. */
function traditionalIn(text: string, base: number): TextEdit[] {
  if (!mayChangeInSimplified(text)) return [];
  const converted = simplify(text);
  const edits: TextEdit[] = [];
  if (converted.length !== text.length) {
    // A phrase conversion changed the length: compare character by character with its own conversion.
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index] as string;
      if (!mayChangeInSimplified(char) || !HAN.test(char)) continue;
      const simple = simplify(char);
      if (simple !== char) edits.push({ start: base + index, end: base + index + 1, text: simple });
    }
    return edits;
  }
  for (let index = 0; index < text.length; index += 1) {
    // Compared as code units: most characters are unchanged, and need no string of their own.
    if (text.charCodeAt(index) === converted.charCodeAt(index)) continue;
    const char = text[index] as string;
    if (HAN.test(char)) edits.push({ start: base + index, end: base + index + 1, text: converted[index] as string });
  }
  return edits;
}

function report(context: RuleContext<object>, edits: TextEdit[]): void {
  const first = edits[0] as TextEdit;
  const last = edits[edits.length - 1] as TextEdit;
  const pairs = new Map<string, string>();
  for (const edit of edits) pairs.set(context.source.slice(edit.start, edit.end), edit.text);
  const written = [...pairs.keys()];
  const more = written.length > QUOTED;
  const shown = written.slice(0, QUOTED);
  const wanted = shown.map((char) => pairs.get(char) ?? char);
  const ellipsis = more ? { zh: `等 ${written.length} 个`, en: ` and ${written.length - QUOTED} more` } : { zh: '', en: '' };
  context.report({
    message: {
      zh: `简体文档中混有繁体字“${shown.join('、')}”${ellipsis.zh}：应为“${wanted.join('、')}”`,
      en: `Traditional characters in a simplified plan: "${shown.join(', ')}"${ellipsis.en}; expected "${wanted.join(', ')}"`,
    },
    start: first.start,
    end: last.end,
    fix: edits,
  });
}
