import { pathToFileURL } from 'node:url';
import type { DiagnosticSeverity } from '../check/diagnostic.js';
import { RULES_BY_ID } from '../check/rules/index.js';
import type { Lang } from '../i18n/text.js';
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

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps): one run, one result per diagnostic with its region in UTF-16
 * columns, and the rules that fired with their descriptions and help links.
 * Results are written as the files come; the rules and artifacts, known only
 * at the end, follow them (JSON does not order keys).
 */
export const sarif: Reporter = (options) => {
  const ruleIds: string[] = [];
  const indexOf = new Map<string, number>();
  const artifacts: unknown[] = [];
  let first = true;
  return {
    start: '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "results": [',
    file(file) {
      const uri = relativeUri(file.file);
      const artifactIndex = artifacts.length;
      artifacts.push({ location: { uri, uriBaseId: '%SRCROOT%' } });
      let out = '';
      for (const diagnostic of file.diagnostics) {
        let ruleIndex = indexOf.get(diagnostic.ruleId);
        if (ruleIndex === undefined) {
          ruleIndex = ruleIds.length;
          indexOf.set(diagnostic.ruleId, ruleIndex);
          ruleIds.push(diagnostic.ruleId);
        }
        const position = diagnostic.position;
        const region = position
          ? { startLine: position.start.line, startColumn: position.start.column, endLine: position.end.line, endColumn: position.end.column }
          : undefined;
        const result = {
          ruleId: diagnostic.ruleId,
          ruleIndex,
          level: LEVEL[diagnostic.severity],
          message: { text: diagnostic.message[options.lang] },
          locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: artifactIndex }, ...(region ? { region } : {}) } }],
        };
        out += `${first ? '\n' : ',\n'}        ${JSON.stringify(result)}`;
        first = false;
      }
      return out;
    },
    end() {
      const tool = { driver: { name: 'gongwen-plan', semanticVersion: VERSION, version: VERSION, informationUri: 'https://gongwen-plan.dev/', rules: ruleIds.map((id) => ruleDescriptor(id, options.lang)) } };
      const baseIds = { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } };
      return `${first ? '' : '\n      '}],\n      "tool": ${indent(tool, 6)},\n      "originalUriBaseIds": ${indent(baseIds, 6)},\n      "artifacts": ${indent(artifacts, 6)}\n    }\n  ]\n}\n`;
    },
  };
};
