import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import type { Diagnostic } from '../../../src/check/diagnostic.js';
import { fixPlan } from '../../../src/check/engine/fix-plan.js';
import { outlineSignature } from '../../../src/check/outline-signature.js';
import { presetRules } from '../../../src/config/presets.js';
import type { ResolvedConfig } from '../../../src/config/resolved-config.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import type { Section } from '../../../src/plan/types.js';
import { linesToMarkdown, readCorpusText } from '../../helpers/corpus.js';

/**
 * The founding document: four 科技年度工作计划 from a web page, imported by the
 * plain helper (one paragraph per line, pinyin left in). A careful reviewer
 * finds the pinyin, the half-width commas, the 20xx placeholders, the garbled
 * `。ㄆ撸┳龊` line, the traditional characters and the numbering of each of
 * the four plans, whose numbering restarts per part (and 1、 per （一）).
 */
const seed = linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt'));
const parsed = parsePlan(seed, { file: 'seed.md' });
const config = (preset: 'recommended' | 'strict'): ResolvedConfig => ({ rules: presetRules(preset), ignore: [], root: '/', file: null });
const diagnostics = checkPlan(parsed, config('recommended'));
const strictDiagnostics = checkPlan(parsed, config('strict'));

function of(ruleId: string, list: readonly Diagnostic[] = diagnostics): Diagnostic[] {
  return list.filter((diagnostic) => diagnostic.ruleId === ruleId);
}

function textAt(diagnostic: Diagnostic): string {
  return diagnostic.position ? parsed.source.slice(diagnostic.position.start.offset, diagnostic.position.end.offset) : '';
}

/** The part (篇N) a diagnostic falls in, by the parts' source ranges. */
function partOf(diagnostic: Diagnostic): number {
  const offset = diagnostic.position?.start.offset ?? -1;
  const part = parsed.document.sections.find(
    (section: Section) => section.position && offset >= section.position.start.offset && offset <= section.position.end.offset,
  );
  return part?.marker?.ordinal ?? 0;
}

describe('the seed', () => {
  it('is read as four plans', () => {
    expect(parsed.document.sections.map((section) => `${section.marker?.raw} ${section.level}`)).toEqual(['篇1 part', '篇2 part', '篇3 part', '篇4 part']);
  });

  it('reports every pinyin annotation, removable', () => {
    const pinyin = of('no-pinyin-annotation');
    const written = seed.match(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)\)/g) ?? [];
    expect(pinyin.length).toBe(written.length);
    expect(pinyin.length).toBeGreaterThan(1000);
    expect(textAt(pinyin[0] as Diagnostic)).toBe('(jì)');
    expect(pinyin.every((diagnostic) => diagnostic.severity === 'error' && diagnostic.fix)).toBe(true);
  });

  it('reports the half-width commas between Chinese characters', () => {
    const commas = of('cjk-punctuation').filter((diagnostic) => textAt(diagnostic) === ',');
    expect(commas.length).toBeGreaterThan(100);
    const firstLine = commas[0]?.position?.start.line;
    expect(parsed.source.split('\n')[(firstLine ?? 1) - 1]).toContain('流逝,相信');
  });

  it('reports every 20xx placeholder', () => {
    const placeholders = of('no-placeholder');
    expect(placeholders.map(textAt)).toEqual(Array((seed.match(/20xx/g) ?? []).length).fill('20xx'));
  });

  it('reports the garbled line with its probable original', () => {
    const garbled = of('no-mojibake');
    expect(garbled.map((diagnostic) => [textAt(diagnostic), diagnostic.message.zh])).toEqual([
      ['。ㄆ撸┳龊', '疑似乱码“。ㄆ撸┳龊”（GBK 错位解码），原文可能是“（七）做”：请对照原件改正'],
    ]);
  });

  it('reports the traditional characters line by line', () => {
    const traditional = of('script-consistency');
    expect(traditional.length).toBeGreaterThan(100);
    expect(traditional[0]?.message.zh).toBe('简体文档中混有繁体字“計、劃”：应为“计、划”');
  });

  it('reports the numbering of each of the four plans, with no false numbering errors', () => {
    expect(of('numbering-sequence')).toEqual([]);
    expect(of('numbering-order')).toEqual([]);
    const style = of('numbering-style').map((diagnostic) => `${partOf(diagnostic)} ${textAt(diagnostic)}`);
    expect(style).toEqual(['1 (一)', '1 (二)', '1 (三)', '1 (四)', '1 (五)', '1 (六)', '4 (一)', '4 (二)', '4 (三)', '4 (四)', '4 (五)', '4 (六)']);
    expect(of('single-child').map((diagnostic) => `${partOf(diagnostic)} ${textAt(diagnostic)}`)).toEqual(['2 一、']);
    // Strict also reports skipped levels: 1、 right under 一、 in plan 1, and plan 3's 1、…14、 right under its part; plan 4 nests its 1、 under （四）.
    const skipped = of('numbering-skip', strictDiagnostics).map((diagnostic) => `${partOf(diagnostic)} ${textAt(diagnostic)}`);
    expect(skipped.filter((entry) => entry.startsWith('3 '))).toEqual(Array.from({ length: 14 }, (_, index) => `3 ${index + 1}、`));
    expect(skipped.filter((entry) => entry.startsWith('1 ')).length).toBe(12);
    expect(skipped.filter((entry) => entry.startsWith('2 ') || entry.startsWith('4 '))).toEqual([]);
    expect(of('numbering-sequence', strictDiagnostics)).toEqual([]);
  });

  it('fixes what is safe without changing the outline, leaving what needs a person', () => {
    const result = fixPlan(parsed, config('recommended'));
    expect(outlineSignature(result.parsed.document)).toBe(outlineSignature(parsed.document));
    expect(result.source).toContain('\n科技年度工作计划 篇1\n');
    expect(result.source).not.toMatch(/\(jì\)/);
    const left = [...new Set(result.diagnostics.map((diagnostic) => diagnostic.ruleId))].sort();
    expect(left).toEqual(['no-mojibake', 'no-placeholder', 'single-child', 'title']);
  });
});
