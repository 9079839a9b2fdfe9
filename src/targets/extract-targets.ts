import { plainText } from '../parse/inlines.js';
import type { Block, PlanDocument, Section, TableBlock } from '../plan/types.js';
import { findQuantities, normaliseDigits, type Quantity } from './quantities.js';
import { tableTargets } from './table-targets.js';
import { findWordedQuantities } from './worded-quantities.js';
import { clauseEndAfter, deadlineFor, isPastSection, isPastSentence, responsibleIn, subjectBefore } from './target-context.js';
import type { Target } from './target-types.js';

/** Where a block sits: its section's marker path and title, and whether the section looks back. */
export interface SectionPlace {
  section: string;
  sectionTitle: string;
  past: boolean;
}

/**
 * The quantified targets of a plan, in reading order: numbers with a unit in
 * the sentences of its paragraphs, list items and section titles, and the
 * rows of its target tables (table-targets.ts). Sentences that give account
 * of the past, and sections that review it, hold results, not targets.
 */
export function extractTargets(document: PlanDocument, file: string): Target[] {
  const out: Target[] = [];
  const place: SectionPlace = { section: '', sectionTitle: '', past: false };
  visitBlocks(document.preamble, place, file, out);
  const visit = (sections: readonly Section[], parentPath: string, titles: readonly string[]): void => {
    for (const section of sections) {
      const step = section.marker?.raw.trim() ?? section.title.text;
      const path = parentPath ? `${parentPath}/${step}` : step;
      const chain = [...titles, section.title.text];
      const here: SectionPlace = { section: path, sectionTitle: section.title.text, past: isPastSection(chain) };
      const titleLine = section.title.position?.start.line ?? section.headingPosition?.start.line ?? null;
      if (titleLine !== null) fromText(section.title.text, titleLine, here, file, out);
      visitBlocks(section.body, here, file, out);
      visit(section.children, path, chain);
    }
  };
  visit(document.sections, '', []);
  return out;
}

function visitBlocks(blocks: readonly Block[], place: SectionPlace, file: string, out: Target[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        if (block.position) fromText(plainText(block.children), block.position.start.line, place, file, out);
        break;
      case 'list':
        for (const item of block.items) visitBlocks(item.children, place, file, out);
        break;
      case 'quote':
        visitBlocks(block.children, place, file, out);
        break;
      case 'table':
        if (!place.past) out.push(...tableTargets(block as TableBlock, place, file));
        break;
      default:
        break;
    }
  }
}

/**
 * The targets of a paragraph's text. Its sentences are read one by one; a
 * 牵头单位 written anywhere in the paragraph applies to all of them, a
 * deadline to its own clause and those after it in the sentence.
 */
function fromText(raw: string, firstLine: number, place: SectionPlace, file: string, out: Target[]): void {
  if (place.past) return;
  const text = normaliseDigits(raw);
  if (!/[\d一二两三四五六七八九十]/u.test(text)) return;
  const responsible = responsibleIn(text);
  for (const sentence of sentencesOf(text)) {
    if (isPastSentence(sentence.text)) continue;
    const quantities = [...findQuantities(sentence.text), ...findWordedQuantities(sentence.text)]
      .filter((quantity) => isTargetQuantity(sentence.text, quantity))
      .sort((a, b) => a.start - b.start);
    if (quantities.length === 0) continue;
    const line = firstLine + countNewlines(text, sentence.start);
    let previousSubject = '';
    for (const quantity of quantities) {
      // 地区生产总值增长11%，达到282亿元: the second number measures the same thing.
      const subject = subjectBefore(sentence.text, quantity.start, quantity.end) || previousSubject.replace(/(?:增长|下降|提高|降低|增加|减少)$/u, '');
      previousSubject = subject;
      out.push({
        file,
        line: line + countNewlines(sentence.text, quantity.start),
        section: place.section,
        sectionTitle: place.sectionTitle,
        subject,
        // As written: digits and ％ are made half-width only for reading.
        text: raw.slice(sentence.start, sentence.start + sentence.text.length).trim(),
        value: quantity.value,
        unit: quantity.unit,
        comparator: quantity.comparator,
        ...(quantity.comparator === 'range' ? { low: quantity.low as number, high: quantity.high as number } : {}),
        deadline: deadlineFor(sentence.text, clauseEndAfter(sentence.text, quantity.end)),
        responsible,
      });
    }
  }
}

/**
 * Numbers that are not targets though they have a unit: the starting point
 * of a change (从75%提高到100%: only 100% is the target), a bracket of a
 * rule (100万元至300万元部分), an age or a scope (3岁以下婴幼儿).
 */
function isTargetQuantity(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(Math.max(0, quantity.start - 2), quantity.start);
  const after = sentence.slice(quantity.end, quantity.end + 6);
  if (/从$|由$/u.test(before) && /^(?:以上|以下)?(?:提高|降低|增加|减少|调整|提升|下降|压减|扩大|上调|下调)/u.test(after)) return false;
  if (/^(?:以上|以下)?(?:的)?部分/u.test(after)) return false;
  return true;
}

function sentencesOf(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const match of text.matchAll(/[^。！？；!?;\n]+[。！？；!?;]*/gu)) {
    if (match[0].trim().length > 0) out.push({ text: match[0], start: match.index });
  }
  return out;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
