import type { Attachment, PlanDocument, Section } from '../../plan/types.js';
import { markerWithOrdinal, shownMarker } from '../marker-text.js';
import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const id = 'attachment-structure';

/** A 附件说明 typed in the body: `附件：…` or `附件:…` at the start of a line. */
const NOTE_LINE = /^[ \t\u3000]*附件[ \t\u3000]*[:：]/m;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '附件应结构清楚：每个附件有标题，多个附件依次编号“附件1”“附件2”，与附件说明一致，附件后的标题确属附件',
      en: 'Attachments are unambiguous: each has a title, several are numbered 附件1, 附件2 in order and agree with the attachment note, and the headings after a label belong to the attachment',
    },
    rationale: {
      zh: 'GB/T 9704—2012 8：附件另面编排，“附件”二字及顺序号顶格编排在版心左上角第一行，附件标题居中编排在第三行，附件顺序号和名称应与附件说明一致。plan 把“附件”标签之后的全部内容排为该附件（编号重新从“一、”开始）：标签之后接续正文编号的标题，多半是写在了错误的位置。',
      en: 'GB/T 9704-2012 8: an attachment starts a new page with 附件 and its number at the top left and its title centred on the third line; its number and title agree with the attachment note. plan prints everything after a 附件 label as that attachment (numbered again from 一、), so a heading after the label that carries on the body’s numbering is most likely in the wrong place.',
    },
    defaultSeverity: 'warning',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '# 关于印发实施意见的通知\n\n## 一、总体要求\n\n正文。\n\n附件：重点任务\n\n## 附件\n\n## 二、重点任务\n\n正文。\n',
          messages: [
            '附件没有标题：在“附件”下一行写上附件标题（如 # 2027年重点任务分工表），或写作“## 附件：标题”',
            '“二、”接续正文的编号（正文最后是“一、”），却排在附件之后：若属于正文，请移到“附件”之前；若属于附件，编号应从“一、”开始',
          ],
        },
        {
          text: '---\nattachments: [重点任务分工表, 考核办法]\n---\n\n# 关于印发实施意见的通知\n\n正文。\n\n## 附件1：重点任务分工表\n\n正文。\n\n## 附件3：考核细则\n\n正文。\n',
          messages: ['附件编号不连续：期望“附件2”，实际“附件3”', '附件3的标题“考核细则”与文件头 attachments 中的“考核办法”不一致'],
        },
        {
          text: '# 关于印发分工表的通知\n\n正文。\n\n附件1\n\n重点任务分工表\n',
          messages: ['正文之后有 1 个附件，但没有附件说明：请在文件头写 attachments: [附件名称]，plan 会在署名之前印出“附件：…”'],
        },
      ],
      pass: [
        {
          text: '---\nattachments: [2027年科技创新实施意见]\n---\n\n# 关于印发实施意见的通知\n\n正文。\n\n## 附件\n\n# 2027年科技创新实施意见\n\n## 一、总体要求\n\n正文。\n\n## 二、重点任务\n\n正文。\n',
        },
      ],
    },
  },
  check(context) {
    const { document } = context;
    const attachments = document.attachments;
    if (attachments.length === 0) return;
    attachments.forEach((attachment, index) => {
      checkTitle(context, attachment);
      checkNumber(context, attachment, index, attachments.length);
    });
    checkNote(context, document);
    checkBodyNumbering(context, document);
  },
};

function checkTitle(context: RuleContext, attachment: Attachment): void {
  if (attachment.title !== null) return;
  context.report({
    message: {
      zh: `${attachment.label}没有标题：在“${attachment.label}”下一行写上附件标题（如 # 2027年重点任务分工表），或写作“## ${attachment.label}：标题”`,
      en: `${attachment.label} has no title: write the attachment's title on the line after "${attachment.label}" (e.g. # 2027 task table), or write "## ${attachment.label}：title"`,
    },
    position: attachment.labelPosition,
  });
}

/** Several attachments are numbered 附件1, 附件2, … in order (GB/T 9704 7.3.4, 8). */
function checkNumber(context: RuleContext, attachment: Attachment, index: number, count: number): void {
  const expected = index + 1;
  if (count === 1 && (attachment.number === null || attachment.number === 1)) return;
  if (attachment.number === expected) return;
  const wanted = `附件${expected}`;
  context.report({
    message:
      attachment.number === null
        ? {
            zh: `有多个附件时每个附件都应编号：期望“${wanted}”，实际“${attachment.label}”`,
            en: `With several attachments each is numbered: expected "${wanted}", found "${attachment.label}"`,
          }
        : {
            zh: `附件编号不连续：期望“${wanted}”，实际“${attachment.label}”`,
            en: `Attachment numbers out of order: expected "${wanted}", found "${attachment.label}"`,
          },
    position: attachment.labelPosition,
  });
}

/** The attachments agree with the 附件说明 of the front matter, or there is one in the body. */
function checkNote(context: RuleContext, document: PlanDocument): void {
  const names = document.metadata.attachments;
  const frontMatter = document.frontMatter;
  const attachments = document.attachments;
  if (names === undefined) {
    if (NOTE_LINE.test(context.facts.prose)) return;
    context.report({
      message: {
        zh: `正文之后有 ${attachments.length} 个附件，但没有附件说明：请在文件头写 attachments: [附件名称]，plan 会在署名之前印出“附件：…”`,
        en: `The plan has ${attachments.length} attachment(s) but no attachment note: add attachments: [name] to the front matter, and plan prints 附件：… above the signature`,
      },
      position: attachments[0]?.labelPosition ?? null,
    });
    return;
  }
  if (names.length !== attachments.length) {
    context.report({
      message: {
        zh: `文件头 attachments 列出 ${names.length} 个附件，正文之后却有 ${attachments.length} 个附件`,
        en: `The front matter lists ${names.length} attachment(s) in attachments, but the plan has ${attachments.length}`,
      },
      position: frontMatter?.keyPositions['attachments'] ?? frontMatter?.position ?? null,
    });
  }
  attachments.forEach((attachment, index) => {
    const name = names[index];
    const title = attachment.title?.text;
    if (name === undefined || title === undefined || sameName(name, title)) return;
    context.report({
      message: {
        zh: `${attachment.label}的标题“${title}”与文件头 attachments 中的“${name}”不一致`,
        en: `The title of ${attachment.label}, "${title}", differs from "${name}" in the front matter's attachments`,
      },
      position: attachment.title?.position ?? attachment.labelPosition,
    });
  });
}

/** Names compared without spaces, book-title marks and closing punctuation, which notes and titles write differently. */
function sameName(a: string, b: string): boolean {
  const bare = (text: string): string => text.replace(/[\s\u3000《》〈〉。．.，,；;]/g, '');
  return bare(a) === bare(b);
}

/**
 * A heading right after a label that carries on the body's numbering (the
 * body ends at 一、, the attachment opens with 二、) was most likely meant
 * for the body: plan prints it in the attachment.
 */
function checkBodyNumbering(context: RuleContext, document: PlanDocument): void {
  const first = document.attachments[0];
  const opening = first?.sections[0];
  const marker = opening?.marker;
  if (!first || !opening || !marker || marker.generated || marker.ordinal === 1) return;
  const last = lastOfLevel(document.sections, opening);
  if (!last?.marker || last.marker.ordinal + 1 !== marker.ordinal) return;
  context.report({
    message: {
      zh: `“${shownMarker(marker)}”接续正文的编号（正文最后是“${shownMarker(last.marker)}”），却排在${first.label}之后：若属于正文，请移到“${first.label}”之前；若属于附件，编号应从“${markerWithOrdinal(marker, 1).trim()}”开始`,
      en: `"${shownMarker(marker)}" carries on the body's numbering (the body ends at "${shownMarker(last.marker)}") but comes after ${first.label}: if it belongs to the body, move it above "${first.label}"; if it belongs to the attachment, its numbering starts again at one`,
    },
    position: marker.position ?? opening.headingPosition,
  });
}

/** The body's last top-level section of the same level as `section`. */
function lastOfLevel(sections: readonly Section[], section: Section): Section | undefined {
  for (let index = sections.length - 1; index >= 0; index -= 1) {
    const candidate = sections[index] as Section;
    if (candidate.level === section.level) return candidate;
  }
  return undefined;
}
