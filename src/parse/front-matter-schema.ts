/**
 * The JSON schema of a plan's front matter (DESIGN.md §3). It is the single
 * source of truth: the parser validates with it, and `plan schema` prints it
 * for editors (YAML language servers read it from `# yaml-language-server:`).
 */
import { publishedSchemaUrl } from '../schema/published-schema-url.js';

const text = { type: 'string', minLength: 1 } as const;
const textOrList = {
  anyOf: [text, { type: 'array', items: text, minItems: 1 }],
} as const;

export const DATE_PATTERN =
  '^(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$';

export const frontMatterSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: publishedSchemaUrl('front-matter.json'),
  title: 'gongwen-plan front matter',
  description: '工作计划 Markdown 文件开头的 YAML 元数据 / YAML metadata at the top of a plan',
  type: 'object',
  properties: {
    title: { ...text, description: '标题 / title' },
    issuer: { ...text, description: '发文机关 / issuing authority' },
    docNumber: { ...text, description: '发文字号，如 樊科发〔2027〕1号 / document number' },
    date: {
      type: 'string',
      pattern: DATE_PATTERN,
      description: '成文日期：2027-01-05 或 2027年1月5日 / date of the document',
    },
    recipients: { ...textOrList, description: '主送机关 / principal recipients' },
    cc: { ...textOrList, description: '抄送机关 / copied to' },
    printer: { ...text, description: '印发机关 / printing office' },
    printDate: { type: 'string', pattern: DATE_PATTERN, description: '印发日期 / printing date' },
    attachments: { ...textOrList, description: '附件说明 / attachments' },
    signature: { ...text, description: '署名（发文机关署名） / signature' },
    signer: { ...text, description: '签发人 / signed off by' },
    notes: { ...text, description: '附注 / notes' },
    classification: { ...text, description: '密级和保密期限，如 秘密★1年 / classification' },
    urgency: { enum: ['特急', '加急', '特提', '平急'], description: '紧急程度 / urgency' },
    copyNumber: {
      anyOf: [
        { type: 'string', pattern: '^[0-9]{1,6}$' },
        { type: 'integer', minimum: 1, maximum: 999999 },
      ],
      description: '份号 / copy number',
    },
    template: { ...text, description: '模板名称或路径 / template name or path' },
    numbering: { enum: ['explicit', 'auto'], description: 'auto：按标题层级自动编号 / number unmarked headings' },
  },
  additionalProperties: true,
} as const;

export const KNOWN_KEYS: readonly string[] = Object.keys(frontMatterSchema.properties);
