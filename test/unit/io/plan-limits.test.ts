import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planLimitError, PLAN_LIMITS } from '../../../src/io/plan-limits.js';
import { readPlanFile } from '../../../src/io/read-plan-file.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { corpusFiles, csvFullText, EXAMPLES_DIR, linesToMarkdown, readCorpusText } from '../../helpers/corpus.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const head = '---\ntitle: 计划\n---\n\n一、目标\n\n';

function refusal(text: string): { zh: string; en: string; line: number | undefined } | null {
  const error = planLimitError(text, 'plan.md');
  return error ? { zh: error.text.zh, en: error.text.en, line: error.place.line } : null;
}

describe('plan limits', () => {
  it('let through every example and carried real document', () => {
    for (const name of readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.md')))
      expect(refusal(readFileSync(join(EXAMPLES_DIR, name), 'utf8')), name).toBeNull();
    for (const name of corpusFiles()) {
      const text = name.endsWith('.csv')
        ? linesToMarkdown(csvFullText(name))
        : name.endsWith('.md')
          ? readCorpusText(name)
          : linesToMarkdown(readCorpusText(name));
      expect(refusal(text), name).toBeNull();
    }
  });

  it('let through nesting, list items and marks up to each limit', () => {
    expect(refusal(`${head}${'> '.repeat(PLAN_LIMITS.nesting)}引用\n`)).toBeNull();
    expect(refusal(head + Array.from({ length: PLAN_LIMITS.containerLines }, (_, index) => `- 第${index}项\n`).join(''))).toBeNull();
    expect(refusal(`${head}${'*甲* '.repeat(PLAN_LIMITS.inlineMarks / 2)}\n`)).toBeNull();
  });

  it('refuse quotes or lists nested past the limit, naming the line', () => {
    for (const marker of ['> ', '>', '- ', '* ', '1. ', '2) ']) {
      const found = refusal(`${head}${marker.repeat(PLAN_LIMITS.nesting + 1)}引用\n`);
      expect(found?.line, marker).toBe(7);
      expect(found?.zh).toContain(`嵌套了 ${PLAN_LIMITS.nesting + 1} 层`);
      expect(found?.en).toContain(`over the limit of ${PLAN_LIMITS.nesting}`);
    }
  });

  it('refuse more list items and quoted lines than the limit', () => {
    const items = Array.from({ length: PLAN_LIMITS.containerLines + 1 }, (_, index) => (index % 2 ? `> 第${index}行\n\n` : `1. 第${index}项\n\n`)).join('');
    const found = refusal(head + items);
    expect(found?.en).toContain(`more than ${PLAN_LIMITS.containerLines} list items or quoted lines`);
    expect(found?.line).toBe(7 + 2 * PLAN_LIMITS.containerLines);
  });

  it('refuse a paragraph with more inline marks than the limit, but not the same marks spread over paragraphs', () => {
    const marks = '*甲* '.repeat(PLAN_LIMITS.inlineMarks / 2 + 1);
    expect(refusal(`${head}第一行\n${marks}\n`)?.line).toBe(7);
    expect(refusal(`${head}${'**甲** ~~乙~~ `丙` [丁](x)\n\n'.repeat(PLAN_LIMITS.inlineMarks)}`)).toBeNull();
  });

  it('do not count Chinese numbered lines or bold run-in headings as lists', () => {
    const lines = Array.from({ length: PLAN_LIMITS.containerLines * 2 }, (_, index) => `${(index % 9) + 1}.第${index}项 **（一）加强领导。**\n`).join('');
    expect(refusal(head + lines)).toBeNull();
  });
});

describe('readPlanFile past the limits', () => {
  it('refuses a file past the size limit before reading it, with its size, the limit and what to do', async () => {
    const folder = tempFolder('plan-limits-');
    const file = join(folder, 'big.md');
    writeFileSync(file, 'a'.repeat(PLAN_LIMITS.bytes + 1));
    const error = await readPlanFile(file, 'big.md').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ exitCode: 2, place: { file: 'big.md' } });
    expect((error as { text: { zh: string } }).text.zh).toContain('超过计划文件的上限 10 MB；请确认选对了文件，或把它拆成多个计划');
  });

  it('refuses nesting past the limit with exit 2', async () => {
    const folder = tempFolder('plan-limits-');
    const file = join(folder, 'deep.md');
    writeFileSync(file, `${head}${'> '.repeat(20_000)}x\n`);
    await expect(readPlanFile(file, 'deep.md')).rejects.toMatchObject({ exitCode: 2, place: { file: 'deep.md', line: 7 } });
  });
});

describe('parsePlan past the stack', () => {
  it('throws a PlanError naming the file, not a RangeError', { timeout: 60_000 }, () => {
    // 5,000 quotes overflow the parser's stack; commands refuse them earlier, by PLAN_LIMITS.nesting.
    expect(() => parsePlan(`${'> '.repeat(5000)}x\n`, { file: 'deep.md' })).toThrow(
      expect.objectContaining({ name: 'PlanError', exitCode: 2, place: { file: 'deep.md' } }),
    );
  });
});
