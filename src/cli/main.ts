import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from '../errors.js';
import { isLang, type Lang } from '../i18n/text.js';
import { VERSION } from '../version.js';
import type { CommandContext } from '../io/command-context.js';
import type { ProcessIo } from './process-io.js';
import { localiseCommanderError } from './commander-messages.js';
import { loadCommands } from './registry.js';
import { formatError } from '../format-error.js';

function defaultLang(env: ProcessIo['env']): Lang {
  const wanted = env['PLAN_LANG'];
  return wanted && isLang(wanted) ? wanted : 'zh';
}

/** Peeks at --lang and --debug before commander runs, so usage errors speak the right language. */
function earlyFlags(argv: readonly string[], env: ProcessIo['env']): { lang: Lang; debug: boolean } {
  let lang = defaultLang(env);
  argv.forEach((arg, index) => {
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[index + 1] : undefined;
    if (value && isLang(value)) lang = value;
  });
  return { lang, debug: argv.includes('--debug') };
}

/**
 * Runs `plan` with the given arguments (without node and script) against the
 * given streams and returns the exit code. `bin/plan.js` is the only caller
 * that passes the real process.
 */
export async function main(argv: readonly string[], io: ProcessIo): Promise<number> {
  const early = earlyFlags(argv, io.env);
  let exitCode: number = ExitCode.ok;
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (text: string) => void) => write(localiseCommanderError(text, early.lang)),
  };
  const program = new Command('plan');
  program
    .description(early.lang === 'zh' ? '工作计划（公文）Markdown 的检查、排版与导入工具' : 'Check, typeset and import Chinese work plans written in Markdown')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', '提示语言 / message language').choices(['zh', 'en']).default(early.lang))
    .option('--no-color', '不使用颜色 / no colours')
    .option('--debug', '出错时显示调用栈 / show stack traces on errors')
    .showHelpAfterError(early.lang === 'zh' ? '（运行 plan --help 查看用法）' : '(run plan --help for usage)')
    .exitOverride()
    .configureOutput(output);

  const run = async (action: (context: CommandContext) => Promise<number>): Promise<void> => {
    const globals = program.opts<{ lang: Lang; color: boolean; debug?: boolean }>();
    const context: CommandContext = {
      cwd: io.cwd,
      lang: globals.lang,
      env: io.env,
      stdout: io.stdout,
      stderr: io.stderr,
      stdoutIsTTY: io.stdoutIsTTY,
      stderrIsTTY: io.stderrIsTTY,
      color: globals.color && io.stdoutIsTTY && io.env['NO_COLOR'] === undefined && io.env['CI'] !== 'true',
      debug: globals.debug === true,
      signal: io.signal ?? new AbortController().signal,
      ...(io.stdin ? { stdin: io.stdin } : {}),
    };
    try {
      exitCode = await action(context);
    } catch (error) {
      io.stderr(formatError(error, context.lang, context.debug));
      exitCode = (error as { exitCode?: number }).exitCode ?? ExitCode.failure;
    }
  };

  for (const command of await loadCommands()) {
    command.register(program, run);
  }
  for (const sub of program.commands) sub.exitOverride().configureOutput(output);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure;
    }
    io.stderr(formatError(error, early.lang, early.debug));
    return ExitCode.failure;
  }
  return exitCode;
}
