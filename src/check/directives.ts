import type { PlanDocument } from '../plan/types.js';
import { blocksOf, inlinesOf } from './walk.js';

/** `<!-- plan-disable a b -->`, `<!-- plan-enable -->`, `<!-- plan-disable-next-line a -->`, `<!-- plan-disable-line a -->`. */
const DIRECTIVE = /<!--\s*plan-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Null: every rule. */
  rules: string[] | null;
  /** Where the comment starts; `disable` and `enable` act from here on. */
  offset: number;
  line: number;
}

export interface DirectiveSet {
  directives: Directive[];
  /** Rule ids that directives name but no rule has. */
  unknownRules: Array<{ id: string; offset: number }>;
}

/** Reads the inline directives from the plan's HTML comments (never from code). */
export function readDirectives(document: PlanDocument, knownRules: ReadonlySet<string>): DirectiveSet {
  const directives: Directive[] = [];
  const unknownRules: Array<{ id: string; offset: number }> = [];
  const nodes: Array<{ value: string; offset: number; line: number }> = [];
  for (const block of blocksOf(document)) {
    if (block.type === 'html' && block.position) nodes.push({ value: block.value, offset: block.position.start.offset, line: block.position.start.line });
  }
  for (const inline of inlinesOf(document)) {
    if (inline.type === 'html' && inline.position) nodes.push({ value: inline.value, offset: inline.position.start.offset, line: inline.position.start.line });
  }
  for (const node of nodes) {
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const before = node.value.slice(0, match.index);
      const line = node.line + (before.match(/\n/g)?.length ?? 0);
      const names = (match[2] ?? '').split(/[\s,]+/).filter((name) => name.length > 0);
      for (const name of names) if (!knownRules.has(name)) unknownRules.push({ id: name, offset: node.offset + (match.index ?? 0) });
      directives.push({
        kind: match[1] as Directive['kind'],
        rules: names.length > 0 ? names : null,
        offset: node.offset + (match.index ?? 0),
        line,
      });
    }
  }
  directives.sort((a, b) => a.offset - b.offset);
  return { directives, unknownRules };
}

/** True when a directive turns `ruleId` off at `offset` (on `line`). */
export function isSuppressed(set: DirectiveSet, ruleId: string, offset: number, line: number): boolean {
  let disabledAll = false;
  const disabled = new Set<string>();
  const enabledDespiteAll = new Set<string>();
  for (const directive of set.directives) {
    const names = directive.rules;
    if (directive.kind === 'disable-next-line') {
      if (directive.line + 1 === line && (names === null || names.includes(ruleId))) return true;
      continue;
    }
    if (directive.kind === 'disable-line') {
      if (directive.line === line && (names === null || names.includes(ruleId))) return true;
      continue;
    }
    if (directive.offset > offset) continue;
    if (directive.kind === 'disable') {
      if (names === null) {
        disabledAll = true;
        enabledDespiteAll.clear();
      } else for (const name of names) disabled.add(name);
    } else if (names === null) {
      disabledAll = false;
      disabled.clear();
      enabledDespiteAll.clear();
    } else {
      names.forEach((name) => {
        disabled.delete(name);
        enabledDespiteAll.add(name);
      });
    }
  }
  return (disabledAll && !enabledDespiteAll.has(ruleId)) || disabled.has(ruleId);
}
