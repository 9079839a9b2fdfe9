import { pathToFileURL } from 'node:url';
import type { DiagnosticSeverity } from '../check/diagnostic.js';
import { RULES_BY_ID } from '../check/rules/index.js';
import { VERSION } from '../version.js';
import type { Reporter } from './reporter.js';

const LEVEL: Record<DiagnosticSeverity | 'off', string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** A relative file name as a URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps): one run, the rules that fired with their descriptions and help
 * links, and one result per diagnostic with its region in UTF-16 columns.
 */
export const sarif: Reporter = (files, options) => {
  const ruleIds: string[] = [];
  const indexOf = new Map<string, number>();
  const results: unknown[] = [];
  const artifacts: unknown[] = [];
  files.forEach((file, artifactIndex) => {
    const uri = relativeUri(file.file);
    artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
    for (const diagnostic of file.diagnostics) {
      if (!indexOf.has(diagnostic.ruleId)) {
        indexOf.set(diagnostic.ruleId, ruleIds.length);
        ruleIds.push(diagnostic.ruleId);
      }
      const position = diagnostic.position;
      const region = position
        ? { startLine: position.start.line, startColumn: position.start.column, endLine: position.end.line, endColumn: position.end.column }
        : undefined;
      results.push({
        ruleId: diagnostic.ruleId,
        ruleIndex: indexOf.get(diagnostic.ruleId),
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message[options.lang] },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: artifactIndex }, ...(region ? { region } : {}) } }],
      });
    }
  });
  const rules = ruleIds.map((id) => {
    const rule = RULES_BY_ID.get(id);
    if (!rule) return { id, shortDescription: { text: id } };
    const description = rule.meta.description[options.lang];
    return {
      id,
      name: id,
      shortDescription: { text: description },
      fullDescription: { text: rule.meta.rationale[options.lang] },
      helpUri: rule.meta.docsUrl,
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
      properties: { fixable: rule.meta.fixable },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gongwen-plan', semanticVersion: VERSION, version: VERSION, informationUri: 'https://gongwen-plan.dev/', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
