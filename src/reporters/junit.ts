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

/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins): one
 * test suite per file, one failing test case per error or warning, and a
 * passing case for a clean file so that it shows up too. Infos are listed in
 * the suite's system-out, as they never fail a run. Totals are on each suite
 * (the report is written file by file).
 */
export const junit: Reporter = {
  start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plan check">\n',
  file(file, options) {
    const failing = file.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
    const infos = file.diagnostics.filter((diagnostic) => diagnostic.severity === 'info');
    const cases = failing.length === 0 ? 1 : failing.length;
    let body = '';
    if (failing.length === 0) body += `    <testcase name="plan check" classname="${escapeXml(file.file)}"/>\n`;
    for (const diagnostic of failing) {
      const place = diagnostic.position ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}` : '0:0';
      const message = diagnostic.message[options.lang];
      body +=
        `    <testcase name="${escapeXml(`${place} ${diagnostic.ruleId}`)}" classname="${escapeXml(file.file)}">\n` +
        `      <failure message="${escapeXml(message)}" type="${diagnostic.severity}">${escapeXml(`${file.file}:${place} ${SEVERITY_NAMES[diagnostic.severity][options.lang]} ${message} (${diagnostic.ruleId})`)}</failure>\n` +
        '    </testcase>\n';
    }
    if (infos.length > 0) {
      const lines = infos.map((diagnostic) => `${file.file}:${diagnostic.position?.start.line ?? 0}:${diagnostic.position?.start.column ?? 0} ${diagnostic.message[options.lang]} (${diagnostic.ruleId})`);
      body += `    <system-out>${escapeXml(lines.join('\n'))}</system-out>\n`;
    }
    return `  <testsuite name="${escapeXml(file.file)}" tests="${cases}" failures="${failing.length}" errors="0" skipped="0">\n${body}  </testsuite>\n`;
  },
  separator: '',
  end: () => '</testsuites>\n',
};
