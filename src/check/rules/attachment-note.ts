import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'attachment-note';

const CLOSING_PUNCTUATION = /[。．.，,；;：:、！!？?]+$/;
/** `附件：1.名称`, `附件:名称。`, `附件 1、名称` at the start of a line. */
const NOTE_LINE = /^([ \t\u3000]*)附件([ \t\u3000]*[:：]?[ \t\u3000]*)(?:([0-9]+)([.．、，,]?)[ \t\u3000]*)?(.*)$/;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '附件说明写作“附件：1.名称”：全角冒号，多个附件用“1.”“2.”编号，附件名称后不加标点',
      en: 'Attachment notes read 附件：1.名称: a full-width colon, several attachments numbered 1. 2., no punctuation after a name',
    },
    rationale: {
      zh: 'GB/T 9704—2012 7.3.4：如有附件，在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；如有多个附件，使用阿拉伯数字标注附件顺序号（如“附件：1.XXXXX”）；附件名称后不加标点符号。文件头 attachments 中的名称由 plan 自动编号，不要自带序号。',
      en: 'GB/T 9704-2012 7.3.4: an attachment note is 附件 followed by a full-width colon and the name; several attachments are numbered in Arabic numerals (附件：1.XXXXX); no punctuation follows a name. Names in the front matter’s attachments are numbered by plan and carry no number of their own.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 2027年工作计划\n\n全年完成各项任务。\n\n附件:1、2027年科技工作任务分解表。\n',
          messages: ['附件说明中“附件”后应为全角冒号“：”', '附件序号应写作“1.”，实际“1、”', '附件名称后不加标点：“2027年科技工作任务分解表。”'],
        },
        {
          text: '---\nattachments:\n  - 1.任务分解表。\n---\n\n# 2027年工作计划\n\n正文。\n',
          messages: ['文件头 attachments 中的附件名称“1.任务分解表。”不应自带序号（plan 自动编号），名称后不加标点'],
        },
      ],
      pass: [
        { text: '# 2027年工作计划\n\n全年完成各项任务。\n\n附件：1.2027年科技工作任务分解表\n' },
        { text: '---\nattachments:\n  - 2027年科技工作任务分解表\n---\n\n# 2027年工作计划\n\n正文。\n' },
      ],
    },
  },
  check(context) {
    checkFrontMatter(context);
    for (const line of context.facts.proseLines) checkLine(context, line.text, line.start);
  },
};

function checkFrontMatter(context: RuleContext): void {
  const frontMatter = context.document.frontMatter;
  const names = frontMatter?.data.attachments ?? [];
  for (const name of names) {
    const numbered = /^\s*[0-9０-９]+[.．、，,]/.test(name);
    const closed = CLOSING_PUNCTUATION.test(name);
    if (!numbered && !closed) continue;
    context.report({
      message: {
        zh: `文件头 attachments 中的附件名称“${name}”${numbered ? '不应自带序号（plan 自动编号）' : ''}${numbered && closed ? '，' : ''}${closed ? '名称后不加标点' : ''}`,
        en: `The attachment name "${name}" in the front matter${numbered ? ' carries its own number (plan numbers attachments)' : ''}${numbered && closed ? ' and' : ''}${closed ? ' ends with punctuation' : ''}`,
      },
      position: frontMatter?.keyPositions['attachments'] ?? frontMatter?.position ?? null,
    });
  }
}

function checkLine(context: RuleContext, text: string, base: number): void {
  const match = NOTE_LINE.exec(text);
  if (!match) return;
  const [, indent = '', colonPart = '', number, numberPunctuation = '', rest = ''] = match;
  // 附件 inside a sentence (附件所列…) is not a note: a note has a colon or a number after 附件.
  if (!/[:：]/.test(colonPart) && number === undefined) return;
  const colonOffset = base + indent.length + 2 + colonPart.search(/[:：]/);
  if (colonPart.includes(':')) {
    context.report({
      message: { zh: '附件说明中“附件”后应为全角冒号“：”', en: 'The attachment note takes a full-width colon "：" after 附件' },
      start: colonOffset,
      end: colonOffset + 1,
      fix: [{ start: colonOffset, end: colonOffset + 1, text: '：' }],
    });
  }
  if (number !== undefined && numberPunctuation !== '.') {
    const numberOffset = base + indent.length + 2 + colonPart.length;
    const written = `${number}${numberPunctuation}`;
    context.report({
      message: { zh: `附件序号应写作“${number}.”，实际“${written}”`, en: `Attachment numbers are written "${number}.", found "${written}"` },
      start: numberOffset,
      end: numberOffset + written.length,
      fix: [{ start: numberOffset, end: numberOffset + written.length, text: `${number}.` }],
    });
  }
  const name = rest.replace(/[\s\u0000]+$/, '');
  const closing = CLOSING_PUNCTUATION.exec(name);
  if (closing && name.length > closing[0].length) {
    const nameOffset = base + text.length - rest.length;
    const closingOffset = nameOffset + closing.index;
    context.report({
      message: { zh: `附件名称后不加标点：“${name}”`, en: `No punctuation after an attachment name: "${name}"` },
      start: closingOffset,
      end: closingOffset + closing[0].length,
      fix: [{ start: closingOffset, end: closingOffset + closing[0].length, text: '' }],
    });
  }
}
