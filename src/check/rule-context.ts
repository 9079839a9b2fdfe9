import type { Text } from '../i18n/text.js';
import { Locator } from '../parse/locator.js';
import type { ParseResult } from '../parse/parse-plan.js';
import type { ParseMessage, PlanDocument, Position, Section } from '../plan/types.js';
import type { DiagnosticSeverity, TextEdit } from './diagnostic.js';
import { proseOf } from './prose.js';
import { sectionsOf, siblingGroupsOf, type SectionVisit } from './walk.js';

/** What a rule reports: a place (offsets, or a position from the tree) and, when safe, a fix. */
export interface RuleReport {
  message: Text;
  /** Offsets into the normalised source; preferred, as they give exact ranges. */
  start?: number;
  end?: number;
  /** A position from the tree, used when no offsets are given (may be null for generated nodes). */
  position?: Position | null;
  fix?: TextEdit[];
  /** A finding less severe than the rule's setting (front-matter warnings); never raises it. */
  severity?: DiagnosticSeverity;
}

/**
 * The facts every rule of one check run shares, computed once and only when
 * a rule asks: the masked prose, the source lines, the flattened sections.
 */
export class PlanFacts {
  readonly document: PlanDocument;
  readonly source: string;
  readonly messages: readonly ParseMessage[];
  readonly locator: Locator;
  private readonly parsed: ParseResult;
  private cachedProse: string | undefined;
  private cachedSections: SectionVisit[] | undefined;
  private cachedSiblingGroups: ReadonlyArray<readonly Section[]> | undefined;
  private cachedProseLines: Array<{ text: string; start: number }> | undefined;

  constructor(parsed: ParseResult) {
    this.document = parsed.document;
    this.source = parsed.source;
    this.messages = parsed.messages;
    this.locator = new Locator(parsed.source);
    this.parsed = parsed;
  }

  /** The source with code, HTML, URLs, markers and front matter masked (see `proseOf`). */
  get prose(): string {
    this.cachedProse ??= proseOf(this.parsed);
    return this.cachedProse;
  }

  /** The masked prose split into lines, each with the offset of its first character. */
  get proseLines(): Array<{ text: string; start: number }> {
    if (!this.cachedProseLines) {
      const lines: Array<{ text: string; start: number }> = [];
      let start = 0;
      for (const text of this.prose.split('\n')) {
        lines.push({ text, start });
        start += text.length + 1;
      }
      this.cachedProseLines = lines;
    }
    return this.cachedProseLines;
  }

  get sections(): SectionVisit[] {
    this.cachedSections ??= sectionsOf(this.document);
    return this.cachedSections;
  }

  /** Each list of sections that share a parent (see `siblingGroupsOf`). */
  get siblingGroups(): ReadonlyArray<readonly Section[]> {
    this.cachedSiblingGroups ??= siblingGroupsOf(this.document, this.sections);
    return this.cachedSiblingGroups;
  }
}

/** The view one rule gets of a plan: the shared facts, its options and a way to report. */
export class RuleContext<Options extends object = Record<string, unknown>> {
  constructor(
    readonly facts: PlanFacts,
    readonly options: Options,
    private readonly sink: (report: RuleReport) => void,
  ) {}

  get document(): PlanDocument {
    return this.facts.document;
  }

  get source(): string {
    return this.facts.source;
  }

  report(report: RuleReport): void {
    this.sink(report);
  }

  position(start: number, end: number): Position {
    return this.facts.locator.position(start, end);
  }
}
