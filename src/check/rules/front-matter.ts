import { docsUrl, NO_OPTIONS, type Rule } from '../rule.js';

const id = 'front-matter';

export const rule: Rule = {
  meta: {
    id,
    description: {
      zh: '文件头 YAML 应有效：键名已知、取值类型正确（见 plan schema front-matter）',
      en: 'The YAML front matter is valid: known keys, values of the right type (see plan schema front-matter)',
    },
    rationale: {
      zh: '文件头决定版头、发文字号、成文日期等要素的排版；YAML 写错或键名拼错时这些要素会缺失。YAML 错误和类型错误为“错误”，未知键为“警告”；规则的严重程度设置作为上限。',
      en: 'The front matter drives the header, document number, date and the other elements of the printed document; a YAML mistake or a misspelt key loses them. YAML and type errors are errors, unknown keys warnings; the configured severity caps them.',
    },
    defaultSeverity: 'error',
    fixable: false,
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    docsUrl: docsUrl(id),
    examples: {
      fail: [
        {
          text: '---\ntitle: 2027年工作计划\nissuer: 樊城区科学技术局\nurgncy: 特急\n---\n\n正文。\n',
          messages: [
            '文件头中有未知的键“urgncy”；可用的键：title、issuer、docNumber、date、recipients、cc、printer、printDate、attachments、signature、signer、notes、classification、urgency、copyNumber、template、numbering',
          ],
        },
        {
          text: '---\ntitle: 2027年工作计划\ndate: 明年\n---\n\n正文。\n',
          messages: ['文件头中“date”的值 "明年" 不正确：应为日期，如 2027-01-05 或 2027年1月5日'],
        },
      ],
      pass: [{ text: '---\ntitle: 2027年工作计划\ndate: 2027-01-05\n---\n\n正文。\n' }],
    },
  },
  check(context) {
    for (const message of context.facts.messages) {
      context.report({ message: message.text, position: message.position, severity: message.severity });
    }
  },
};
