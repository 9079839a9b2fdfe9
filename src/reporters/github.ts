import type { Reporter } from './reporter.js';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: the message ends the line, properties end at `,` and `:`. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: each line becomes an annotation on the
 * pull request's diff (`::error file=…,line=…,col=…::message`).
 */
export const github: Reporter = {
  start: () => '',
  file(file, options) {
    const path = escapeProperty(file.file.split('\\').join('/'));
    let out = '';
    for (const diagnostic of file.diagnostics) {
      const position = diagnostic.position;
      const place = position ? `,line=${position.start.line},col=${position.start.column},endLine=${position.end.line},endColumn=${position.end.column}` : '';
      out += `::${COMMAND[diagnostic.severity] ?? 'warning'} file=${path}${place},title=${escapeProperty(diagnostic.ruleId)}::${escapeData(diagnostic.message[options.lang])}\n`;
    }
    return out;
  },
  separator: '',
  end: () => '',
};
