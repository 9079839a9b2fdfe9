import type { Diagnostic } from '../check/diagnostic.js';
import type { Lang } from '../i18n/text.js';
import { SEVERITY_NAMES, type Reporter } from './reporter.js';

/** XML 1.0 allows neither most control characters nor unpaired surrogates. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `file:line:column severity message (rule)`: how a finding reads in a CI system's test details. */
function findingText(file: string, diagnostic: Diagnostic, lang: Lang): string {
  const place = diagnostic.position ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}` : '0:0';
  return `${file}:${place} ${SEVERITY_NAMES[diagnostic.severity][lang]} ${diagnostic.message[lang]} (${diagnostic.ruleId})`;
}

function caseName(diagnostic: Diagnostic): string {
  const place = diagnostic.position ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}` : '0:0';
  return `${place} ${diagnostic.ruleId}`;
}

/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins), as
 * their users expect of a linter: one test suite per file, one test case
 * per finding. Errors are failures; warnings and infos are passing cases
 * whose `<system-out>` carries the finding, so they are seen in the test
 * details without failing the pipeline, unless there are more warnings than
 * `--max-warnings`, which adds one failing case of its own. A clean file is
 * one passing case, so that it shows up too. Totals are on each suite (the
 * report is written file by file).
 */
export const junit: Reporter = {
  start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plan check">\n',
  file(file, options) {
    const errors = file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    let body = '';
    if (file.diagnostics.length === 0) body += `    <testcase name="plan check" classname="${escapeXml(file.file)}"/>\n`;
    for (const diagnostic of file.diagnostics) {
      const text = escapeXml(findingText(file.file, diagnostic, options.lang));
      const inner =
        diagnostic.severity === 'error'
          ? `      <failure message="${escapeXml(diagnostic.message[options.lang])}" type="${diagnostic.severity}">${text}</failure>\n`
          : `      <system-out>${text}</system-out>\n`;
      body += `    <testcase name="${escapeXml(caseName(diagnostic))}" classname="${escapeXml(file.file)}">\n${inner}    </testcase>\n`;
    }
    const cases = Math.max(1, file.diagnostics.length);
    return `  <testsuite name="${escapeXml(file.file)}" tests="${cases}" failures="${errors}" errors="0" skipped="0">\n${body}  </testsuite>\n`;
  },
  separator: '',
  end(totals, options) {
    const { maxWarnings } = options;
    if (maxWarnings === undefined || totals.counts.warning <= maxWarnings) return '</testsuites>\n';
    const message =
      options.lang === 'zh'
        ? `警告 ${totals.counts.warning} 个，超过 --max-warnings ${maxWarnings}`
        : `${totals.counts.warning} warnings, more than --max-warnings ${maxWarnings}`;
    return (
      '  <testsuite name="plan check --max-warnings" tests="1" failures="1" errors="0" skipped="0">\n' +
      '    <testcase name="--max-warnings" classname="plan check">\n' +
      `      <failure message="${escapeXml(message)}" type="max-warnings">${escapeXml(message)}</failure>\n` +
      '    </testcase>\n  </testsuite>\n</testsuites>\n'
    );
  },
};
