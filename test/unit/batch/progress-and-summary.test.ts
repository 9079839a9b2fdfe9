import { describe, expect, it } from 'vitest';
import { createBatchReporter } from '../../../src/batch/batch-reporter.js';
import type { TaskReply } from '../../../src/batch/execute-task.js';
import { formatClock, formatProgressLine } from '../../../src/batch/progress-bar.js';
import type { BatchResult } from '../../../src/batch/run-batch.js';
import { CONVERTED, formatSummary, summaryJson } from '../../../src/batch/summary.js';
import type { CommandContext } from '../../../src/io/command-context.js';

const result: BatchResult = {
  counts: { done: 97, skipped: 2, failed: 1, interrupted: 0 },
  passedOver: 0,
  notStarted: 0,
  interrupted: false,
  seconds: 4,
  failures: [{ file: 'plans/2021.md', line: 3, exitCode: 1, reason: { zh: '第 3 行有误', en: 'line 3 is wrong' } }],
};

function context(overrides: Partial<CommandContext>): { context: CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    context: {
      cwd: '/',
      lang: 'en',
      env: {},
      stdout: (text) => out.push(String(text)),
      stderr: (text) => err.push(String(text)),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      color: false,
      debug: false,
      signal: new AbortController().signal,
      ...overrides,
    },
  };
}

const failedReply: TaskReply = {
  id: 1,
  status: 'failed',
  outcome: { status: 'failed', outputs: [], reason: { zh: '坏了', en: 'broken' }, line: 3 },
  milliseconds: 1,
};
const doneReply: TaskReply = { id: 2, status: 'done', outcome: { status: 'done', outputs: ['/x.docx'] }, milliseconds: 1 };
const file = { path: '/p/a.md', shown: 'p/a.md', relative: 'a.md' };

describe('progress line', () => {
  it('shows the bar, counts, rate and ETA once the total is known', () => {
    expect(formatProgressLine({ finished: 50, failed: 1, skipped: 0, total: 200, seconds: 10 }, 'en')).toBe(
      '[######------------------] 50/200 · 1 failed · 5.0 files/s · ETA 0:30',
    );
    expect(formatProgressLine({ finished: 5, failed: 0, skipped: 2, total: undefined, seconds: 1 }, 'zh')).toBe('5 · 跳过 2 · 5.0 个/秒');
    expect(formatClock(3725)).toBe('1:02:05');
  });
});

describe('summary', () => {
  it('tabulates converted, skipped, failed and time', () => {
    expect(formatSummary(result, CONVERTED, 'en')).toBe(
      'Done.\n  converted            97\n  skipped (unchanged)  2\n  failed               1\n  time                 4.0 s (25.0 files/s)\n',
    );
    expect(formatSummary(result, CONVERTED, 'zh')).toContain('  已转换      97\n');
  });

  it('counts files the config ignores apart from the converted ones', () => {
    const text = formatSummary({ ...result, counts: { ...result.counts, done: 96 }, passedOver: 1 }, CONVERTED, 'en');
    expect(text).toContain('  converted            96\n');
    expect(text).toContain('  ignored by config    1\n');
    expect(formatSummary({ ...result, passedOver: 3 }, CONVERTED, 'zh')).toContain('  配置排除    3\n');
    expect(JSON.parse(summaryJson({ ...result, passedOver: 3 }, CONVERTED, 'en'))).toMatchObject({ converted: 97, ignored: 3 });
  });

  it('says what an interrupted run did', () => {
    const text = formatSummary({ ...result, interrupted: true, notStarted: 40, counts: { ...result.counts, interrupted: 2 } }, CONVERTED, 'en');
    expect(text).toMatch(/^Interrupted/);
    expect(text).toContain('not started          40');
    expect(text).toContain('stopped midway       2');
  });

  it('gives scripts stable JSON', () => {
    expect(JSON.parse(summaryJson(result, CONVERTED, 'en'))).toEqual({
      converted: 97,
      skipped: 2,
      ignored: 0,
      failed: 1,
      interrupted: false,
      stoppedMidway: 0,
      notStarted: 0,
      seconds: 4,
      failures: [{ file: 'plans/2021.md', line: 3, reason: 'line 3 is wrong' }],
    });
  });
});

describe('batch reporter', () => {
  it('in a CI log prints one line per failure and the summary, nothing animated', () => {
    const { context: ctx, out, err } = context({ stderrIsTTY: true, env: { CI: 'true' } });
    const reporter = createBatchReporter(ctx, { quiet: false, json: false, noun: CONVERTED });
    expect(reporter.animated).toBe(false);
    reporter.onFile(file, doneReply);
    reporter.onFile(file, failedReply);
    reporter.finish(result);
    expect(err).toEqual(['p/a.md:3: failed: broken\n']);
    expect(out.join('')).toMatch(/^Done\./);
  });

  it('on a terminal draws a progress bar on stderr and clears it before a failure line', () => {
    const { context: ctx, err } = context({ stderrIsTTY: true });
    const reporter = createBatchReporter(ctx, { quiet: false, json: false, noun: CONVERTED });
    expect(reporter.animated).toBe(true);
    reporter.setTotal(4);
    reporter.onFile(file, failedReply);
    const joined = err.join('');
    expect(joined).toContain('\r\u001b[2K[------------------------] 0/4');
    const failureLine = err.indexOf('p/a.md:3: failed: broken\n');
    expect(failureLine).toBeGreaterThan(0);
    expect(err[failureLine - 1]).toBe('\r\u001b[2K');
    expect(joined).toContain('1/4 · 1 failed');
  });

  it('with --quiet prints only failures, with --json only JSON on stdout', () => {
    const quiet = context({ stderrIsTTY: true });
    const reporter = createBatchReporter(quiet.context, { quiet: true, json: false, noun: CONVERTED });
    reporter.onFile(file, doneReply);
    reporter.onFile(file, failedReply);
    reporter.finish(result);
    expect(quiet.out).toEqual([]);
    expect(quiet.err).toEqual(['p/a.md:3: failed: broken\n']);

    const json = context({});
    const jsonReporter = createBatchReporter(json.context, { quiet: false, json: true, noun: CONVERTED });
    jsonReporter.finish(result);
    expect(JSON.parse(json.out.join('')).converted).toBe(97);
  });
});
