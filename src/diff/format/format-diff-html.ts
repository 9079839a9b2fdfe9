import { escapeHtml } from '../../render/html/escape-html.js';
import { CONTENT_SECURITY_POLICY } from '../../render/html/html-view.js';
import type { Lang } from '../../i18n/text.js';
import type { Change, PlanDiff } from '../diff-types.js';
import { countByKind, describeChange, KIND_LABELS, refLabel, shownRef } from '../change-labels.js';

export interface DiffHtmlOptions {
  lang: Lang;
  oldFile: string;
  newFile: string;
}

const STYLE = `
body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.6; }
h1 { font-size: 1.4em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #eee; }
.kind { white-space: nowrap; }
.added .kind { color: #1a7f37; } .removed .kind { color: #cf222e; }
del { color: #cf222e; } ins { color: #1a7f37; text-decoration: none; }
@media (prefers-color-scheme: dark) { body { background: #111; color: #ddd; } th { background: #333; } }
`;

/**
 * A page a clerk can open and print: a summary, then one row per change
 * (kind, section, what changed) with the old and new sentences. Every text
 * is escaped, and the page carries the same Content-Security-Policy as a
 * rendered plan: nothing on it may run or be fetched.
 */
export function formatDiffHtml(diff: PlanDiff, options: DiffHtmlOptions): string {
  const zh = options.lang === 'zh';
  const counts = countByKind(diff.changes);
  const summary = (Object.keys(counts) as Array<keyof typeof counts>)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${KIND_LABELS[kind][options.lang]} ${counts[kind]}`)
    .join(zh ? '，' : ', ');
  const title = zh ? '计划对照' : 'Plan comparison';
  const rows = diff.changes.map((change) => row(change, options.lang)).join('\n');
  return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(zh ? '原文' : 'Old')}：<code>${escapeHtml(options.oldFile)}</code><br>${escapeHtml(zh ? '修改后' : 'New')}：<code>${escapeHtml(options.newFile)}</code></p>
<p>${escapeHtml(diff.changes.length === 0 ? (zh ? '两份计划没有变化。' : 'No change.') : `${zh ? `共 ${diff.changes.length} 处变化：` : `${diff.changes.length} changes: `}${summary}`)}</p>
${
  diff.changes.length === 0
    ? ''
    : `<table>
<thead><tr><th>${escapeHtml(zh ? '变化' : 'Kind')}</th><th>${escapeHtml(zh ? '章节' : 'Section')}</th><th>${escapeHtml(zh ? '说明' : 'What changed')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
</body>
</html>
`;
}

function row(change: Change, lang: Lang): string {
  const sentences = (change.sentences ?? [])
    .map(
      (sentence) =>
        `${sentence.old === null ? '' : `<del>${escapeHtml(sentence.old)}</del>`}${sentence.old !== null && sentence.new !== null ? '<br>' : ''}${sentence.new === null ? '' : `<ins>${escapeHtml(sentence.new)}</ins>`}`,
    )
    .map((html) => `<div>${html}</div>`)
    .join('');
  return `<tr class="${change.kind}"><td class="kind">${escapeHtml(KIND_LABELS[change.kind][lang])}</td><td>${escapeHtml(refLabel(shownRef(change)))}</td><td>${escapeHtml(describeChange(change)[lang])}${sentences}</td></tr>`;
}
