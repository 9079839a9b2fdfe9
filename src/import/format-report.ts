import type { Lang, Text } from '../i18n/text.js';
import { LEVELS, levelName } from '../plan/levels.js';
import { CLEANING_STEPS } from './cleaning/steps.js';
import type { ImportReportData } from '../commands/import/import-task.js';
import type { OutlineSummary } from './import-document.js';

export interface FileReport {
  file: string;
  outputs: string[];
  result: ImportReportData | null;
  error: Text | null;
}

const KINDS: Record<string, Text> = {
  placeholder: { zh: '占位符', en: 'placeholder' },
  garbled: { zh: '乱码', en: 'garbled' },
  'unrepaired-shift': { zh: '疑似错位乱码', en: 'possibly byte-shifted' },
  'lost-character': { zh: '丢失字符', en: 'lost character' },
  'not-imported': { zh: '未导入', en: 'not imported' },
};

const METHODS: Record<string, Text> = {
  forced: { zh: '按 --encoding 或网页声明', en: 'as --encoding or the page declares' },
  bom: { zh: '字节顺序标记（BOM）', en: 'byte-order mark' },
  'utf-8': { zh: '有效的 UTF-8', en: 'valid UTF-8' },
  'utf-16-pattern': { zh: 'UTF-16 零字节特征', en: 'UTF-16 zero-byte pattern' },
  detector: { zh: '字符统计与常用字检验', en: 'character statistics and common-character check' },
};

function outlineLine(outline: OutlineSummary, lang: Lang): string {
  const levels = LEVELS.filter((level) => (outline.levels[String(level)] ?? 0) > 0).map((level) => {
    const name = levelName(level)[lang];
    const count = outline.levels[String(level)] ?? 0;
    return lang === 'zh' ? `${name} ${count} 个` : `${count} × ${name}`;
  });
  const joined = levels.length > 0 ? levels.join(lang === 'zh' ? '，' : ', ') : lang === 'zh' ? '没有编号标题' : 'no numbered headings';
  const title = outline.title ? (lang === 'zh' ? `；标题“${outline.title}”` : `; title "${outline.title}"`) : '';
  return `${joined}${title}`;
}

/** Steps whose every edit a clerk should see: repairs guess, and removals drop text. */
const SHOWN_STEPS = new Set(['repair-byte-shift', 'remove-boilerplate']);
const SHOWN_CHANGES = 5;

/** `前文 … → …` for an edit, or the dropped line for a removal, shortened to what changed. */
function describeChange(before: string, after: string, lang: Lang): string {
  const shorten = (text: string): string => ([...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text);
  if (after === '') return lang === 'zh' ? `删除“${shorten(before)}”` : `dropped "${shorten(before)}"`;
  const from = [...before];
  const to = [...after];
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start += 1;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from[endFrom - 1] === to[endTo - 1]) {
    endFrom -= 1;
    endTo -= 1;
  }
  const removed = from.slice(start, endFrom).join('');
  const added = to.slice(start, endTo).join('');
  return lang === 'zh' ? `“${removed}” → “${added}”` : `"${removed}" → "${added}"`;
}

/** The per-file report a clerk reads after converting an archive: what was found, changed, and left to check. */
export function formatFileReport(report: FileReport, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  const arrow = report.outputs.length > 0 ? ` → ${report.outputs.join(', ')}` : '';
  out.push(`${report.file}${arrow}`);
  if (report.error) {
    out.push(zh ? `  失败：${report.error.zh}` : `  failed: ${report.error.en}`);
    return `${out.join('\n')}\n`;
  }
  const result = report.result as ImportReportData;
  const source = result.source;
  // Word files and web pages have no lines of their own: positions there count paragraphs.
  const byParagraph = source.format === 'docx' || source.format === 'doc' || source.format === 'html';
  const place = (line: number): string => (zh ? `第 ${line} ${byParagraph ? '段' : '行'}` : `${byParagraph ? 'paragraph' : 'line'} ${line}`);
  const encoding = source.encoding
    ? zh
      ? `，编码 ${source.encoding.encoding.toUpperCase()}（${METHODS[source.encoding.method]?.zh ?? source.encoding.method}）`
      : `, encoding ${source.encoding.encoding.toUpperCase()} (${METHODS[source.encoding.method]?.en ?? source.encoding.method})`
    : '';
  out.push(
    zh
      ? `  读取：${source.format}${encoding}，${source.lines} ${byParagraph ? '段' : '行'}`
      : `  read: ${source.format}${encoding}, ${source.lines} ${byParagraph ? 'paragraphs' : 'lines'}`,
  );
  for (const note of source.notes) out.push(`  ${note[lang]}`);
  if (result.planTitles.length > 1) {
    const where = result.planTitles.join(zh ? '、' : ', ');
    out.push(
      zh
        ? `  文件中有 ${result.planTitles.length} 份计划（标题在第 ${where} 行，编号从“一、”重新开始）${result.plans.length > 1 ? '' : '；用 --split-parts 可分成单独的文件'}`
        : `  the file holds ${result.planTitles.length} plans (titles on lines ${where}, numbering restarting at 一、)${result.plans.length > 1 ? '' : '; --split-parts writes one file each'}`,
    );
  }
  result.plans.forEach((plan, index) => {
    const label =
      result.plans.length > 1
        ? zh
          ? `  计划 ${index + 1}${plan.part ? `（${plan.part}）` : ''}：`
          : `  plan ${index + 1}${plan.part ? ` (${plan.part})` : ''}: `
        : zh
          ? '  结构：'
          : '  structure: ';
    out.push(`${label}${outlineLine(plan.outline, lang)}`);
    for (const message of plan.messages) {
      const line = message.position ? (zh ? `第 ${message.position.start.line} 行：` : `line ${message.position.start.line}: `) : '';
      out.push(zh ? `    输出文件${line}${message.text.zh}` : `    output ${line}${message.text.en}`);
    }
  });
  if (result.script === 'traditional') {
    out.push(
      zh
        ? '  正文是繁体字；plan check 按简体检查，如需转换请加 --to-simplified'
        : '  the text is in traditional characters; plan check expects simplified: add --to-simplified to convert it',
    );
  }
  if (result.metadata.length > 0) {
    const items = result.metadata.map((item) =>
      item.line > 0 ? `${item.key}=${item.value}${zh ? `（${place(item.line)}）` : ` (${place(item.line)})`}` : `${item.key}=${item.value}`,
    );
    out.push(zh ? `  元数据：${items.join('；')}` : `  metadata: ${items.join('; ')}`);
  }
  out.push(zh ? '  清理：' : '  cleaning:');
  for (const step of result.steps) {
    const title = CLEANING_STEPS.find((candidate) => candidate.id === step.id)?.title[lang] ?? step.id;
    if (!step.enabled) out.push(`    - ${step.id}: ${zh ? '已关闭' : 'off'}`);
    else out.push(`    - ${step.id}: ${zh ? `${step.changes} 处（${step.lines} 行）` : `${step.changes} edits (${step.lines} lines)`} — ${title}`);
    if (step.enabled && SHOWN_STEPS.has(step.id)) {
      const own = result.changes.filter((change) => change.step === step.id);
      for (const change of own.slice(0, SHOWN_CHANGES)) out.push(`        ${place(change.line)}  ${describeChange(change.before, change.after, lang)}`);
      if (own.length > SHOWN_CHANGES)
        out.push(zh ? `        ……另有 ${own.length - SHOWN_CHANGES} 处，见 --json` : `        … ${own.length - SHOWN_CHANGES} more, see --json`);
    }
  }
  const grouped = new Map<string, { line: number; kind: string; text: string; note: Text; count: number }>();
  for (const item of result.review) {
    const key = `${item.line}\u0000${item.kind}\u0000${item.text}`;
    const existing = grouped.get(key);
    if (existing) existing.count += 1;
    else grouped.set(key, { ...item, count: 1 });
  }
  if (grouped.size === 0) {
    out.push(`  ${zh ? '待人工核对：无' : 'left for a person: nothing'}`);
  } else {
    out.push(zh ? `  待人工核对（${result.review.length} 处）：` : `  left for a person (${result.review.length}):`);
    for (const item of grouped.values()) {
      const times = item.count > 1 ? ` ×${item.count}` : '';
      const quoted = zh ? `“${item.text}”` : `"${item.text}"`;
      out.push(`    ${place(item.line)}  ${KINDS[item.kind]?.[lang] ?? item.kind} ${quoted}${times} — ${item.note[lang]}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `--json`: everything in the report, for scripts; the plans' Markdown stays in the files. */
export function reportToJson(reports: readonly FileReport[], lang: Lang): unknown {
  return {
    files: reports.map((report) => ({
      file: report.file,
      outputs: report.outputs,
      ok: report.error === null,
      error: report.error ? report.error[lang] : null,
      ...(report.result
        ? {
            source: report.result.source,
            plans: report.result.plans.map((plan) => ({
              part: plan.part,
              outline: plan.outline,
              messages: plan.messages.map((message) => ({
                id: message.id,
                severity: message.severity,
                line: message.position?.start.line ?? null,
                text: message.text[lang],
              })),
            })),
            metadata: report.result.metadata,
            planTitles: report.result.planTitles,
            script: report.result.script,
            steps: report.result.steps,
            changes: report.result.changes,
            review: report.result.review.map((item) => ({ kind: item.kind, line: item.line, text: item.text, note: item.note[lang] })),
          }
        : {}),
    })),
  };
}
