import { pathToFileURL } from 'node:url';
import type { DiagnosticSeverity } from '../check/diagnostic.js';
import { RULES_BY_ID } from '../check/rules/index.js';
import type { Lang } from '../i18n/text.js';
import { VERSION } from '../version.js';
import type { FileReport, Reporter } from './reporter.js';

const LEVEL: Record<DiagnosticSeverity | 'off', string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** A relative file name as a URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function ruleDescriptor(id: string, lang: Lang): unknown {
  const rule = RULES_BY_ID.get(id);
  if (!rule) return { id, shortDescription: { text: id } };
  return {
    id,
    name: id,
    shortDescription: { text: rule.meta.description[lang] },
    fullDescription: { text: rule.meta.rationale[lang] },
    helpUri: rule.meta.docsUrl,
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { fixable: rule.meta.fixable },
  };
}

function indent(value: unknown, spaces: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

function* results(files: readonly FileReport[], indexOf: ReadonlyMap<string, number>, lang: Lang): Generator<unknown> {
  for (const [artifactIndex, file] of files.entries()) {
    const uri = relativeUri(file.file);
    for (const diagnostic of file.diagnostics) {
      const position = diagnostic.position;
      const region = position
        ? { startLine: position.start.line, startColumn: position.start.column, endLine: position.end.line, endColumn: position.end.column }
        : undefined;
      yield {
        ruleId: diagnostic.ruleId,
        ruleIndex: indexOf.get(diagnostic.ruleId),
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message[lang] },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: artifactIndex }, ...(region ? { region } : {}) } }],
      };
    }
  }
}

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps): one run, the rules that fired with their descriptions and help
 * links, and one result per diagnostic with its region in UTF-16 columns.
 * Results are written one at a time, so a run over thousands of plans stays
 * within memory.
 */
export const sarif: Reporter = function* sarif(files, options) {
  const ruleIds: string[] = [];
  const indexOf = new Map<string, number>();
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      if (indexOf.has(diagnostic.ruleId)) continue;
      indexOf.set(diagnostic.ruleId, ruleIds.length);
      ruleIds.push(diagnostic.ruleId);
    }
  }
  const tool = { driver: { name: 'gongwen-plan', semanticVersion: VERSION, version: VERSION, informationUri: 'https://gongwen-plan.dev/', rules: ruleIds.map((id) => ruleDescriptor(id, options.lang)) } };
  const baseIds = { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } };
  const artifacts = files.map((file) => ({ location: { uri: relativeUri(file.file), uriBaseId: '%SRCROOT%' } }));
  yield '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n';
  yield `      "tool": ${indent(tool, 6)},\n      "originalUriBaseIds": ${indent(baseIds, 6)},\n      "artifacts": ${indent(artifacts, 6)},\n      "columnKind": "utf16CodeUnits",\n      "results": [`;
  let first = true;
  for (const result of results(files, indexOf, options.lang)) {
    yield `${first ? '\n' : ',\n'}        ${indent(result, 8)}`;
    first = false;
  }
  yield `${first ? '' : '\n      '}]\n    }\n  ]\n}\n`;
};
