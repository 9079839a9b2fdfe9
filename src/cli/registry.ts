import type { Command } from 'commander';
import type { CommandContext } from '../io/command-context.js';

/**
 * A command's CLI surface: it declares its arguments and options on a
 * commander sub-command, turns them into the typed options of its command
 * function, and returns the exit code. The command function itself lives in
 * `src/commands/` and is imported lazily so that `plan --version` stays fast.
 */
export interface CliCommand {
  name: string;
  register: (program: Command, run: (action: (context: CommandContext) => Promise<number>) => Promise<void>) => void;
}

export async function loadCommands(): Promise<CliCommand[]> {
  const modules = await Promise.all([
    import('../commands/outline/cli.js'),
    import('../commands/build/cli.js'),
    import('../commands/check/cli.js'),
    import('../commands/schema/cli.js'),
    import('../commands/template/cli.js'),
    import('../commands/import/cli.js'),
    import('../commands/init/cli.js'),
    import('../commands/lsp/cli.js'),
    import('../commands/preview/cli.js'),
    import('../commands/diff/cli.js'),
    import('../commands/targets/cli.js'),
  ]);
  return modules.map((module) => module.command);
}
