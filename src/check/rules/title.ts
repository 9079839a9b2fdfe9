import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'title';

const CLOSING = /[。．.，,；;：:！!？?、]+$/;

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '计划应有标题（文件头 title 或第一行 # 标题），标题末尾不加标点',
      en: 'A plan has a title (front-matter title or a first-line # heading) ending without punctuation',
    },
    rationale: {
      zh: 'GB/T 9704—2012 7.3.1：标题由发文机关名称、事由和文种组成；标题中除法规、规章名称加书名号外，一般不用标点符号，末尾不加标点。',
      en: 'GB/T 9704-2012 7.3.1: the title names the issuer, the subject and the kind of document; apart from book-title marks it takes no punctuation, and none at its end.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        { text: '一、工作目标\n\n全年完成各项任务。\n', messages: ['计划缺少标题：请在文件头写 title:，或在第一行写“# 标题”'] },
        { text: '# 樊城区科学技术局2027年科技工作计划。\n\n正文。\n', messages: ['标题末尾不加标点：“樊城区科学技术局2027年科技工作计划。”'] },
      ],
      pass: [{ text: '# 樊城区科学技术局2027年科技工作计划\n\n正文。\n' }],
    },
  },
  check(context) {
    const title = context.document.title;
    if (!title || title.text.trim() === '') {
      context.report({
        message: {
          zh: '计划缺少标题：请在文件头写 title:，或在第一行写“# 标题”',
          en: 'The plan has no title: add title: to the front matter, or a "# Title" first line',
        },
        start: 0,
        end: 0,
      });
      return;
    }
    const closing = CLOSING.exec(title.text);
    if (!closing) return;
    const message = { zh: `标题末尾不加标点：“${title.text}”`, en: `No punctuation at the end of the title: "${title.text}"` };
    const position = title.position;
    if (!position) {
      context.report({ message, position: null });
      return;
    }
    const line = context.source.slice(position.start.offset, position.end.offset);
    const index = line.lastIndexOf(closing[0]);
    if (index === -1) {
      context.report({ message, position });
      return;
    }
    const start = position.start.offset + index;
    const end = start + closing[0].length;
    context.report({ message, start, end, ...(title.source === 'heading' ? { fix: [{ start, end, text: '' }] } : {}) });
  },
};
