import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMParser } from '@xmldom/xmldom';
import Ajv04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/check/engine/check-plan.js';
import { presetRules } from '../../../src/config/presets.js';
import { parsePlan } from '../../../src/parse/parse-plan.js';
import { github as githubReporter } from '../../../src/reporters/github.js';
import { json as jsonReporter } from '../../../src/reporters/json.js';
import { junit as junitReporter } from '../../../src/reporters/junit.js';
import { countDiagnostics, renderReport, ReportWriter, type FileReport, type Reporter, type ReporterOptions } from '../../../src/reporters/reporter.js';
import { sarif as sarifReporter } from '../../../src/reporters/sarif.js';
import { stylish as stylishReporter } from '../../../src/reporters/stylish.js';

const render =
  (reporter: Reporter) =>
  (reports: readonly FileReport[], options: ReporterOptions): string =>
    renderReport(reporter, reports, options);
const stylish = render(stylishReporter);
const json = render(jsonReporter);
const sarif = render(sarifReporter);
const github = render(githubReporter);
const junit = render(junitReporter);
import { linesToMarkdown, readCorpusText } from '../../helpers/corpus.js';

const plan =
  '# 2027年科技工作计划\n\n一、工作目标：\n\n（一）加强领导。各部门,落实责任。\n\n（三）完善制度。20xx年建立办法。\n\n二、保障措施\n\n（一）强化督查。按季度通报。\n';
const config = { rules: presetRules('recommended'), ignore: [], root: '/', file: null };
const files: FileReport[] = [
  { file: 'plans/2027 计划,v2.md', diagnostics: checkPlan(parsePlan(plan), config) },
  { file: 'plans/clean.md', diagnostics: [] },
];
const zh: ReporterOptions = { lang: 'zh', color: false, cwd: '/work/plans' };
const en: ReporterOptions = { lang: 'en', color: false, cwd: '/work/plans' };

describe('the sample', () => {
  it('has an error, warnings and an info to report', () => {
    expect(new Set(files[0]?.diagnostics.map((diagnostic) => diagnostic.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });
});

describe('stylish', () => {
  it('groups by file with line:column, severity, message and rule, and a summary', () => {
    const out = stylish(files, zh);
    expect(out).toContain('\nplans/2027 计划,v2.md\n');
    expect(out).toMatch(/ {2}7:1 +错误 +编号不连续：期望“（二）”，实际“（三）” +numbering-sequence\n/);
    expect(out).toMatch(/✖ \d+ 个问题（2 个错误，\d+ 个警告，1 个提示）/);
    expect(out).toContain('可用 --fix 自动修复');
    expect(out).not.toContain('plans/clean.md');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('speaks English with --lang en and colours on a terminal', () => {
    const out = stylish(files, { ...en, color: true });
    expect(out).toContain('Numbering gap: expected "（二）", found "（三）"');
    expect(out).toMatch(/problems \(2 errors, \d+ warnings, 1 info\)/);
    expect(out).toMatch(/\u001b\[31m/);
  });

  it('prints nothing for clean files', () => {
    expect(stylish([{ file: 'a.md', diagnostics: [] }], zh)).toBe('');
  });

  it('formats each file on its own and sums the run at the end', () => {
    const first = files[0] as FileReport;
    const part = stylishReporter.file(first, zh);
    expect(part).toContain('编号不连续');
    expect(stylishReporter.file(files[1] as FileReport, zh)).toBe('');
    // The summary counts what the parts carried, wherever they were formatted.
    const writer = new ReportWriter(stylishReporter, zh);
    expect(writer.start()).toBe('');
    expect(writer.add(first.file, part, countDiagnostics(first.diagnostics))).toBe(part);
    expect(writer.add('plans/clean.md', '', countDiagnostics([]))).toBe('');
    expect(writer.end()).toMatch(new RegExp(`^\\n✖ ${first.diagnostics.length} 个问题`));
  });
});

describe('json', () => {
  it('is valid JSON for no files, and is written one file per line', () => {
    expect(JSON.parse(json([], zh))).toEqual([]);
    expect(json(files, zh).split('\n')).toHaveLength(5);
  });

  it('gives counts and each diagnostic with its range, both languages and its fix', () => {
    const value = JSON.parse(json(files, zh)) as Array<{ file: string; errorCount: number; infoCount: number; diagnostics: Array<Record<string, unknown>> }>;
    expect(value.map((entry) => [entry.file, entry.errorCount, entry.infoCount])).toEqual([
      ['plans/2027 计划,v2.md', 2, 1],
      ['plans/clean.md', 0, 0],
    ]);
    const gap = value[0]?.diagnostics.find((diagnostic) => diagnostic['ruleId'] === 'numbering-sequence');
    expect(gap).toEqual({
      ruleId: 'numbering-sequence',
      severity: 'error',
      message: '编号不连续：期望“（二）”，实际“（三）”',
      text: { zh: '编号不连续：期望“（二）”，实际“（三）”', en: 'Numbering gap: expected "（二）", found "（三）"' },
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 4,
    });
    expect(value[0]?.diagnostics.some((diagnostic) => Array.isArray(diagnostic['fix']))).toBe(true);
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema's own regular expressions predate the u flag, and its formats are checked loosely here.
  const ajv = new Ajv04.default({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    logger: false,
    formats: { uri: /^[a-z][a-z0-9+.-]*:/i, 'uri-reference': /^\S*$/, 'date-time': true },
  });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(sarif(files, zh)) as unknown;
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(JSON.parse(sarif([], zh)) as unknown), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('validates for the whole seed too', () => {
    const seed = [{ file: 'seed.md', diagnostics: checkPlan(parsePlan(linesToMarkdown(readCorpusText('seed__科技年度工作计划4篇.txt'))), config) }];
    expect(validate(JSON.parse(sarif(seed, en)) as unknown), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('carries rules with help links and results with regions and encoded URIs', () => {
    const log = JSON.parse(sarif(files, zh)) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
        }>;
      }>;
    };
    const run = log.runs[0];
    const gap = run?.results.find((result) => result.ruleId === 'numbering-sequence');
    expect(gap?.level).toBe('error');
    expect(run?.tool.driver.rules[gap?.ruleIndex ?? -1]?.id).toBe('numbering-sequence');
    expect(run?.tool.driver.rules[gap?.ruleIndex ?? -1]?.helpUri).toBe(
      'https://github.com/gongwen-plan/gongwen-plan/blob/main/src/check/docs/numbering-sequence.md',
    );
    expect(gap?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('plans/2027%20%E8%AE%A1%E5%88%92%2Cv2.md');
    expect(gap?.locations[0]?.physicalLocation.region).toEqual({ startLine: 7, startColumn: 1, endLine: 7, endColumn: 4 });
    expect(run?.results.some((result) => result.level === 'note')).toBe(true);
  });

  it('lists every checked file as an artifact and indexes the engine’s own directive diagnostic', () => {
    const directive = parsePlan('# 2027年工作计划\n\n<!-- plan-disable no-such-rule -->\n\n一、总体要求\n\n（一）加强领导。\n\n（二）落实责任。\n');
    const reports = [...files, { file: 'plans/directive.md', diagnostics: checkPlan(directive, config) }];
    const log = JSON.parse(sarif(reports, en)) as {
      runs: Array<{
        artifacts: Array<{ location: { uri: string } }>;
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{ ruleId: string; ruleIndex: number }>;
      }>;
    };
    const run = log.runs[0];
    expect(run?.artifacts.map((artifact) => artifact.location.uri)).toEqual([
      'plans/2027%20%E8%AE%A1%E5%88%92%2Cv2.md',
      'plans/clean.md',
      'plans/directive.md',
    ]);
    const unknown = run?.results.find((result) => result.ruleId === 'plan-directive');
    expect(run?.tool.driver.rules[unknown?.ruleIndex ?? -1]?.id).toBe('plan-directive');
    for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });
});

describe('github', () => {
  it('prints one workflow command per diagnostic, with escaped properties', () => {
    const lines = github(files, zh).trimEnd().split('\n');
    expect(lines).toHaveLength(files[0]?.diagnostics.length ?? 0);
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning|notice) file=plans\/2027 计划%2Cv2\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
    expect(lines).toContain(
      '::error file=plans/2027 计划%2Cv2.md,line=7,col=1,endLine=7,endColumn=4,title=numbering-sequence::编号不连续：期望“（二）”，实际“（三）”',
    );
    expect(lines.some((line) => line.startsWith('::notice '))).toBe(true);
  });

  it('escapes line breaks and percent signs in messages', () => {
    const out = github([{ file: 'a.md', diagnostics: [{ ruleId: 'title', severity: 'warning', message: { zh: '50%\n下一行', en: '' }, position: null }] }], zh);
    expect(out).toBe('::warning file=a.md,title=title::50%25%0A下一行\n');
  });
});

describe('junit', () => {
  function parse(xml: string): Document {
    const problems: string[] = [];
    const document = new DOMParser({
      errorHandler: { warning: () => undefined, error: (message) => problems.push(message), fatalError: (message) => problems.push(message) },
    }).parseFromString(xml, 'text/xml');
    expect(problems).toEqual([]);
    return document as unknown as Document;
  }

  it('is well-formed XML with a suite per file, a failure per error, and warnings and infos visible without failing', () => {
    const document = parse(junit(files, zh));
    const suites = document.getElementsByTagName('testsuite');
    expect(suites.length).toBe(2);
    const diagnostics = files[0]?.diagnostics ?? [];
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    expect(suites[0]?.getAttribute('failures')).toBe(String(errors));
    expect(suites[0]?.getAttribute('tests')).toBe(String(diagnostics.length));
    const failures = Array.from(suites[0]?.getElementsByTagName('failure') ?? []);
    expect(failures.length).toBe(errors);
    expect(failures.every((failure) => failure.getAttribute('type') === 'error')).toBe(true);
    // Each warning and info is a passing case of its own, the finding in its system-out, as GitLab and Jenkins show it.
    const outputs = Array.from(suites[0]?.getElementsByTagName('system-out') ?? []).map((node) => node.textContent ?? '');
    expect(outputs.length).toBe(diagnostics.length - errors);
    expect(outputs.some((text) => text.includes(' 警告 '))).toBe(true);
    expect(outputs.some((text) => text.includes('提示') && text.includes('single-child'))).toBe(true);
    expect(suites[1]?.getElementsByTagName('testcase').length).toBe(1);
    expect(suites[1]?.getElementsByTagName('failure').length).toBe(0);
    expect(document.getElementsByTagName('system-out')[0]?.textContent).toMatch(/^plans\/2027 计划,v2\.md:\d+:\d+ /);
  });

  it('fails the run with one case of its own when the warnings exceed --max-warnings, and only then', () => {
    const warnings = (files[0]?.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === 'warning').length;
    const over = parse(junit(files, { ...zh, maxWarnings: warnings - 1 }));
    const last = Array.from(over.getElementsByTagName('testsuite')).at(-1);
    expect(last?.getAttribute('name')).toBe('plan check --max-warnings');
    expect(last?.getElementsByTagName('failure')[0]?.getAttribute('message')).toBe(`警告 ${warnings} 个，超过 --max-warnings ${warnings - 1}`);
    const within = parse(junit(files, { ...zh, maxWarnings: warnings }));
    expect(within.getElementsByTagName('testsuite').length).toBe(2);
  });

  it('stays well-formed with markup and control characters in messages', () => {
    const xml = junit(
      [{ file: 'a&b<c>.md', diagnostics: [{ ruleId: 'title', severity: 'error', message: { zh: '<script>"x"&\u0001\ufffe', en: '' }, position: null }] }],
      zh,
    );
    const failure = parse(xml).getElementsByTagName('failure')[0];
    expect(failure?.getAttribute('message')).toBe('<script>"x"&\ufffd\ufffd');
  });
});
