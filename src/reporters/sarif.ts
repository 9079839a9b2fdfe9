import { pathToFileURL } from 'node:url';
import type { DiagnosticSeverity } from '../check/diagnostic.js';
import { RULES } from '../check/rules/index.js';
import type { Lang } from '../i18n/text.js';
import { VERSION } from '../version.js';
import type { Reporter } from './reporter.js';

const LEVEL: Record<DiagnosticSeverity | 'off', string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** The engine's own diagnostic (a directive naming no rule) is listed after the rules. */
const DIRECTIVE_ID = 'plan-directive';

/**
 * Every rule has a fixed place in the tool's rule list (the registry's
 * order), so a result's `ruleIndex` is known where the file is formatted,
 * without knowing which rules fired in other files.
 */
const RULE_INDEX = new Map<string, number>([...RULES.map((rule, index): [string, number] => [rule.meta.id, index]), [DIRECTIVE_ID, RULES.length]]);

/** A relative file name as a URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function ruleDescriptors(lang: Lang): unknown[] {
  const descriptors: unknown[] = RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description[lang] },
    fullDescription: { text: rule.meta.rationale[lang] },
    helpUri: rule.meta.docsUrl,
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { fixable: rule.meta.fixable },
  }));
  descriptors.push({
    id: DIRECTIVE_ID,
    name: DIRECTIVE_ID,
    shortDescription: { text: lang === 'zh' ? '注释指令须指明已知的规则' : 'Comment directives must name known rules' },
    defaultConfiguration: { level: 'warning' },
  });
  return descriptors;
}

function indent(value: unknown, spaces: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps): one run, one result per diagnostic with its region in UTF-16
 * columns; the tool's rules with their descriptions and help links, and the
 * checked files as artifacts, follow the results (JSON does not order keys).
 */
export const sarif: Reporter = {
  start: () =>
    '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "results": [',
  file(file, options) {
    const uri = relativeUri(file.file);
    const results: string[] = [];
    for (const diagnostic of file.diagnostics) {
      const position = diagnostic.position;
      const region = position
        ? { startLine: position.start.line, startColumn: position.start.column, endLine: position.end.line, endColumn: position.end.column }
        : undefined;
      const ruleIndex = RULE_INDEX.get(diagnostic.ruleId);
      const result = {
        ruleId: diagnostic.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message[options.lang] },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) } }],
      };
      results.push(`\n        ${JSON.stringify(result)}`);
    }
    return results.join(',');
  },
  separator: ',',
  end(totals, options) {
    const tool = {
      driver: {
        name: 'gongwen-plan',
        semanticVersion: VERSION,
        version: VERSION,
        informationUri: 'https://github.com/gongwen-plan/gongwen-plan',
        rules: ruleDescriptors(options.lang),
      },
    };
    const baseIds = { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } };
    const artifacts = totals.files.map((file) => ({ location: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' } }));
    return `${totals.parts === 0 ? '' : '\n      '}],\n      "tool": ${indent(tool, 6)},\n      "originalUriBaseIds": ${indent(baseIds, 6)},\n      "artifacts": ${indent(artifacts, 6)}\n    }\n  ]\n}\n`;
  },
};
