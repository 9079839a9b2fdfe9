import { Chalk } from 'chalk';
import { displayWidth as width, padToWidth as pad } from '../i18n/display-width.js';
import { SEVERITY_NAMES, type Reporter, type ReporterOptions } from './reporter.js';

const palettes = new Map<boolean, InstanceType<typeof Chalk>>();

function palette(options: ReporterOptions): InstanceType<typeof Chalk> {
  let chalk = palettes.get(options.color);
  if (!chalk) {
    chalk = new Chalk({ level: options.color ? 1 : 0 });
    palettes.set(options.color, chalk);
  }
  return chalk;
}

/**
 * The default format, for people: diagnostics grouped by file, aligned
 * columns, a summary line; colour on a terminal only.
 */
export const stylish: Reporter = {
  start: () => '',
  file(file, options) {
    if (file.diagnostics.length === 0) return '';
    const chalk = palette(options);
    let out = `\n${chalk.underline(file.file)}\n`;
    const rows = file.diagnostics.map((diagnostic) => ({
      place: diagnostic.position ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}` : '0:0',
      severity: SEVERITY_NAMES[diagnostic.severity][options.lang],
      colour: diagnostic.severity === 'error' ? chalk.red : diagnostic.severity === 'warning' ? chalk.yellow : chalk.blue,
      message: diagnostic.message[options.lang],
      rule: diagnostic.ruleId,
    }));
    const placeWidth = Math.max(...rows.map((row) => row.place.length));
    const severityWidth = Math.max(...rows.map((row) => width(row.severity)));
    for (const row of rows) {
      out += `  ${chalk.dim(row.place.padEnd(placeWidth))}  ${row.colour(pad(row.severity, severityWidth))}  ${row.message}  ${chalk.dim(row.rule)}\n`;
    }
    return out;
  },
  separator: '',
  end({ counts }, options) {
    const chalk = palette(options);
    const zh = options.lang === 'zh';
    const total = counts.error + counts.warning + counts.info;
    if (total === 0) return '';
    const mark = counts.error > 0 ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
    const summary = zh
      ? `${mark} ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示）`
      : `${mark} ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`;
    const fixable = counts.fixable > 0 ? (zh ? `\n  其中 ${counts.fixable} 个可用 --fix 自动修复` : `\n  ${counts.fixable} fixable with --fix`) : '';
    return `\n${summary}${fixable}\n`;
  },
};
