import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'outline',
  register(program, run) {
    program
      .command('outline')
      .description('显示计划的编号结构树 / print the numbered outline of plans')
      .argument('<files...>', '计划文件、文件夹或通配符 / plan files, folders or globs')
      .option('--json', '输出完整的计划语法树（JSON） / print the whole plan tree as JSON')
      .option('--numbering <mode>', '覆盖文件头的 numbering：explicit 或 auto / override front-matter numbering')
      .action(async (files: string[], options: { json?: boolean; numbering?: string }) => {
        await run(async (context) => {
          const { outline, parseNumberingOption } = await import('./index.js');
          return outline({ files, json: options.json === true, numbering: parseNumberingOption(options.numbering) }, context);
        });
      });
  },
};
