import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { applyFixes } from '../check/apply-fixes.js';
import type { Diagnostic, TextEdit } from '../check/diagnostic.js';
import { fixPlan } from '../check/engine/fix-plan.js';
import { outlineSignature } from '../check/outline-signature.js';
import { say, type Lang } from '../i18n/text.js';
import { parsePlan } from '../parse/parse-plan.js';
import type { Analysis } from './analyse-text.js';
import { toLspDiagnostic } from './lsp-diagnostics.js';
import type { TextMap } from './text-map.js';

/** Our own kind under source.fixAll, so that `editor.codeActionsOnSave` can ask for it by name. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plan`;

/**
 * The code actions for a range: one quick fix per finding there whose rule
 * can fix it, and "fix all" (the same passes as `plan check --fix`). Like
 * `--fix`, a fix that would change the outline (levels, numbers) is not
 * offered: fixes rewrite how something is written, never the plan's shape.
 */
export function codeActions(analysis: Analysis, params: CodeActionParams, lang: Lang): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
  const actions: CodeAction[] = [];
  const { map, parsed } = analysis;
  const crlf = parsed.crlf;
  const uri = params.textDocument.uri;
  const fixable = analysis.diagnostics.filter((diagnostic) => diagnostic.fix && diagnostic.fix.length > 0);

  if (wants(CodeActionKind.QuickFix)) {
    const start = map.offset(params.range.start);
    const end = map.offset(params.range.end);
    const outline = outlineSignature(parsed.document);
    for (const diagnostic of fixable) {
      if (!touches(diagnostic, start, end)) continue;
      if (changesOutline(parsed.source, diagnostic, outline)) continue;
      const lspDiagnostic = toLspDiagnostic(diagnostic, map, lang);
      actions.push({
        title: lang === 'zh' ? `修复：${say(diagnostic.message, lang)}` : `Fix: ${say(diagnostic.message, lang)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: (diagnostic.fix as TextEdit[]).map((edit) => lspEdit(edit, map, crlf)) } },
      });
    }
  }

  const fixAllKinds = [FIX_ALL_KIND, CodeActionKind.SourceFixAll, CodeActionKind.QuickFix].filter(wants);
  if (fixable.length > 0 && fixAllKinds.length > 0) {
    const fixed = fixPlan(parsed, analysis.config, { file: parsed.document.file ?? undefined });
    const edit = minimalEdit(parsed.source, fixed.source);
    if (edit) {
      const title = lang === 'zh' ? `修复本文件中可自动修复的问题（${fixed.fixed} 处）` : `Fix all auto-fixable problems in this file (${fixed.fixed})`;
      const kind = fixAllKinds.includes(FIX_ALL_KIND) ? FIX_ALL_KIND : (fixAllKinds[0] as string);
      actions.push({ title, kind, edit: { changes: { [uri]: [lspEdit(edit, map, crlf)] } } });
    }
  }
  return actions;
}

/** Whether a finding's characters meet the range the editor asks about (a caret counts as a range). */
function touches(diagnostic: Diagnostic, start: number, end: number): boolean {
  const position = diagnostic.position;
  if (!position) return start === 0;
  return position.start.offset <= end && start <= position.end.offset;
}

function changesOutline(source: string, diagnostic: Diagnostic, outline: string): boolean {
  const fixed = applyFixes(source, [diagnostic]).text;
  return outlineSignature(parsePlan(fixed).document) !== outline;
}

function lspEdit(edit: TextEdit, map: TextMap, crlf: boolean): LspTextEdit {
  return { range: map.range(edit.start, edit.end), newText: crlf ? edit.text.replace(/\n/g, '\r\n') : edit.text };
}

/** The one edit that turns `before` into `after`: what lies between their common start and end. */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  // Never split a surrogate pair: an edit boundary inside 𠀀 would corrupt it.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail -= 1;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
