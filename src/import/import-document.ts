import { dominantScript } from '../encoding/common-characters.js';
import { parsePlan } from '../parse/parse-plan.js';
import type { ParseMessage, PlanDocument, Section } from '../plan/types.js';
import { enabledSteps, CLEANING_STEPS, type StepSwitches } from './cleaning/steps.js';
import type { ImportChange, ImportLine, ReviewItem } from './import-line.js';
import { findReviewItems } from './review/find-review-items.js';
import { buildMarkdown } from './structure/build-markdown.js';
import { extractMetadata, type ExtractedMetadata } from './structure/extract-metadata.js';
import { findPlanTitles } from './structure/find-plan-titles.js';
import { splitParts } from './structure/split-parts.js';

export interface ImportDocumentOptions {
  /** Step id → on/off; unnamed steps keep their default. */
  steps: StepSwitches;
  /** Write one plan per part (篇) instead of one plan with parts. */
  splitParts: boolean;
  /** Metadata the reader already found (e.g. a Markdown file's front matter). */
  metadata?: ExtractedMetadata & Record<string, unknown>;
}

/** What the reader of the result sees: counts per level, read back by the real parser. */
export interface OutlineSummary {
  parts: number;
  levels: Record<string, number>;
  sections: number;
  title: string | null;
}

export interface ImportedPlan {
  /** `篇1` for a plan split out of a collection, null otherwise. */
  part: string | null;
  markdown: string;
  outline: OutlineSummary;
  /** The tree as `plan` reads it. */
  document: PlanDocument;
  /** What the parser said about the written Markdown (e.g. a front-matter value it rejects). */
  messages: ParseMessage[];
}

export interface ImportDocumentResult {
  plans: ImportedPlan[];
  steps: Array<{ id: string; enabled: boolean; changes: number; lines: number }>;
  changes: ImportChange[];
  review: ReviewItem[];
  metadata: Array<{ key: string; line: number; value: string }>;
  /** Lines where one of several plans in the file begins (without 篇 markers). */
  planTitles: number[];
  /** The script of the result; `plan check` expects simplified characters. */
  script: 'simplified' | 'traditional' | 'unknown';
}

function countSections(sections: readonly Section[], summary: OutlineSummary): void {
  for (const section of sections) {
    summary.sections += 1;
    const key = String(section.level);
    summary.levels[key] = (summary.levels[key] ?? 0) + 1;
    if (section.level === 'part') summary.parts += 1;
    countSections(section.children, summary);
  }
}

export function summariseOutline(document: PlanDocument): OutlineSummary {
  const summary: OutlineSummary = { parts: 0, levels: {}, sections: 0, title: document.title?.text ?? null };
  countSections(document.sections, summary);
  for (const attachment of document.attachments) countSections(attachment.sections, summary);
  return summary;
}

function plan(markdown: string, part: string | null): ImportedPlan {
  const { document, messages } = parsePlan(markdown);
  return { part, markdown, outline: summariseOutline(document), document, messages };
}

/**
 * Turns the lines a reader produced into Markdown plans: cleaning steps in
 * order, metadata into front matter, structure from the markers, and the
 * result read back with `parsePlan` so the report states what `plan` sees.
 */
export function importDocument(input: readonly ImportLine[], options: ImportDocumentOptions): ImportDocumentResult {
  const changes: ImportChange[] = [];
  const review: ReviewItem[] = [];
  const context = { record: (change: ImportChange) => changes.push(change), flag: (item: ReviewItem) => review.push(item) };
  const enabled = new Set(enabledSteps(options.steps).map((step) => step.id));
  let lines = input.map((line) => ({ ...line }));
  for (const step of CLEANING_STEPS) {
    if (enabled.has(step.id)) lines = step.run(lines, context);
  }
  review.push(...findReviewItems(lines, review));
  review.sort((a, b) => a.line - b.line);

  const planTitles = findPlanTitles(lines);
  for (const index of planTitles) lines[index] = { ...(lines[index] as ImportLine), planTitle: true };
  const extracted = extractMetadata(lines);
  const metadata = { ...extracted.metadata, ...(options.metadata ?? {}) };
  // A title already in the front matter is not repeated as the first body line.
  const repeated = extracted.lines.slice(0, 5).findIndex((line) => line.kind === 'text' && line.text.trim() === metadata.title);
  if (repeated !== -1) extracted.lines.splice(repeated, 1);
  const found = extracted.found.map((item) => ({ key: item.key as string, line: item.line, value: item.value }));
  for (const [key, value] of Object.entries(options.metadata ?? {})) found.push({ key, line: 0, value: String(value) });

  let plans: ImportedPlan[];
  const slices = splitParts(extracted.lines);
  if (options.splitParts && slices.some((slice) => slice.heading !== null)) {
    const [first, ...rest] = slices;
    // Text before the first part (an introduction) stays with the first plan.
    const leading = first && first.heading === null ? first.lines : [];
    const parts = first && first.heading === null ? rest : slices;
    plans = parts.map((slice, index) => {
      const body = index === 0 ? [...leading, ...slice.lines] : slice.lines;
      const partMetadata = { ...metadata, title: slice.title ?? metadata.title };
      return plan(buildMarkdown(partMetadata, body), slice.marker ?? String(index + 1));
    });
  } else {
    plans = [plan(buildMarkdown(metadata, extracted.lines), null)];
  }

  const steps = CLEANING_STEPS.map((step) => {
    const own = changes.filter((change) => change.step === step.id);
    return {
      id: step.id,
      enabled: enabled.has(step.id),
      changes: own.reduce((sum, change) => sum + change.count, 0),
      lines: new Set(own.map((change) => change.line)).size,
    };
  });
  const script = dominantScript(
    lines
      .slice(0, 400)
      .map((line) => line.text)
      .join(''),
  );
  return { plans, steps, changes, review, metadata: found, planTitles: planTitles.map((index) => (lines[index] as ImportLine).line), script };
}
