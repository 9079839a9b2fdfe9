import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS } from '../../../src/io/plan-limits.js';
import { PlanError } from '../../../src/errors.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-folder.js';

/**
 * Random, deep and huge plans against the parser and every command that
 * reads plans: whatever the text, a command ends with 0, 1 or 2 and a
 * message, never an internal error. The seed is fixed and the runs bounded,
 * so a run is the same everywhere; a failure prints the smallest input
 * fast-check shrank it to.
 */
const SEED = 16_2027;

/** Pieces of plans: numbering markers, Markdown containers and marks, front matter, odd characters. */
const piece = fc.constantFrom(
  '一、',
  '（一）',
  '(二)',
  '1.',
  '1. ',
  '2、',
  '（1）',
  '①',
  '第一篇 ',
  '第一章',
  '篇1',
  '一是',
  '二是',
  '# ',
  '## ',
  '###### ',
  '> ',
  '- ',
  '* ',
  '+ ',
  '10) ',
  '    ',
  '\t',
  '  ',
  '\u3000',
  '**',
  '*',
  '__',
  '_',
  '~~',
  '~',
  '`',
  '```',
  '[',
  ']',
  '](',
  ')',
  '<',
  '>',
  '|',
  ' | ',
  '---',
  ':-:',
  '&amp;',
  '\\',
  'http://www.gov.cn',
  '@',
  '[^1]',
  '[^1]: 注',
  '- [ ] ',
  '<div>',
  '<!--',
  '-->',
  '加强领导',
  '工作目标',
  '2027年1月5日',
  '20xx',
  '某某',
  '計劃',
  '(jì)',
  '，',
  '。',
  ',',
  ';',
  '：',
  '？',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\ufeff',
  '\u00a0',
  '\u200b',
  '\ud800',
  '😀',
  '\u0085',
  '\u2028',
);
const body = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));

const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: 计划\n---\n',
  '---\ntitle: [1, 2\n---\n',
  '---\ntitle: 計劃\ndate: 2027-13-45\nurgency: 很急\n---\n',
  '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n',
  '---\n- not\n- a map\n---\n',
  '---\n',
);

/** Containers nested to `depths`. */
const nested = (depths: number[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('> ', '>', '- ', '* ', '1. ', '  - ', '\t'), fc.constantFrom(...depths), body)
    .map(([marker, depth, text]) => `一、目标\n\n${marker.repeat(depth)}${text}\n`);

const flat = fc.tuple(frontMatter, body).map(([head, text]) => head + text);
/** For the commands: around and far past the limit. */
const plan = fc.oneof({ weight: 4, arbitrary: flat }, { weight: 1, arbitrary: nested([10, 65, PLAN_LIMITS.nesting, PLAN_LIMITS.nesting + 1, 1000, 3000]) });
/** For the parser alone, which has no limits of its own: as deep as it reads in moments. */
const parsable = fc.oneof({ weight: 4, arbitrary: flat }, { weight: 1, arbitrary: nested([10, 65, PLAN_LIMITS.nesting, 300]) });

function expectHandled(run: { code: number; stdout: string; stderr: string }, args: readonly string[]): void {
  const printed = run.stdout + run.stderr;
  expect(printed, args.join(' ')).not.toMatch(/内部错误|internal error/i);
  expect([0, 1, 2], `${args.join(' ')} exited ${run.code}: ${printed.slice(0, 300)}`).toContain(run.code);
}

describe('fuzzing the parser', () => {
  it('parses any text into a tree or refuses it with a PlanError', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(parsable, (text) => {
        try {
          const { document } = parsePlan(text, { file: 'fuzz.md' });
          expect(document.type).toBe('plan');
        } catch (error) {
          expect(error).toBeInstanceOf(PlanError);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('fuzzing every command that reads plans', () => {
  const commands: ReadonlyArray<readonly string[]> = [
    ['check'],
    ['check', '--format', 'json', '--lang', 'en'],
    ['check', '--fix-dry-run'],
    ['outline'],
    ['outline', '--json'],
    ['build', '--force', '--format', 'html', '--out-dir', 'out'],
    ['build', '--force', '--format', 'docx', '--out-dir', 'out'],
  ];

  it('ends every command with 0, 1 or 2 and no internal error', { timeout: 300_000 }, async () => {
    const folder = tempFolder('plan-fuzz-');
    await fc.assert(
      fc.asyncProperty(plan, fc.constantFrom(...commands), async (text, command) => {
        writeFileSync(join(folder, 'fuzz.md'), text);
        const args = [...command, 'fuzz.md'];
        expectHandled(await runCli(args, { cwd: folder }), args);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('imports any text as a plan and reports it, never an internal error', { timeout: 120_000 }, async () => {
    const folder = tempFolder('plan-fuzz-');
    await fc.assert(
      fc.asyncProperty(plan, async (text) => {
        writeFileSync(join(folder, 'fuzz.txt'), text);
        const args = ['import', 'fuzz.txt', '-o', '-'];
        expectHandled(await runCli(args, { cwd: folder }), args);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('refuses a huge plan in every command within moments, exit 2', { timeout: 120_000 }, async () => {
    const folder = tempFolder('plan-fuzz-');
    writeFileSync(join(folder, 'huge.md'), '一、目标\n\n- **加强**领导\n');
    // A sparse file: as big as a hostile plan, without writing its bytes.
    truncateSync(join(folder, 'huge.md'), 50 * 1024 * 1024);
    for (const command of commands) {
      const args = [...command, 'huge.md'];
      const run = await runCli(args, { cwd: folder });
      expectHandled(run, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/上限 10 MB|10 MB limit/);
    }
  });

  it('refuses dense markup past the limits in every command, exit 2', { timeout: 120_000 }, async () => {
    const folder = tempFolder('plan-fuzz-');
    const hostile = {
      'items.md': `一、目标\n\n${'- **加强**领导\n'.repeat(PLAN_LIMITS.containerLines + 1)}`,
      'quotes.md': `一、目标\n\n${'> '.repeat(20_000)}引用\n`,
      'lists.md': `一、目标\n\n${'- '.repeat(3000)}列表\n`,
      'marks.md': `一、目标\n\n${'*甲* '.repeat(PLAN_LIMITS.inlineMarks)}\n`,
    };
    for (const [name, text] of Object.entries(hostile)) writeFileSync(join(folder, name), text);
    for (const command of commands) {
      for (const name of Object.keys(hostile)) {
        const args = [...command, name];
        const run = await runCli(args, { cwd: folder });
        expectHandled(run, args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stdout + run.stderr, args.join(' ')).toMatch(/上限|limit/);
      }
    }
  });
});
