import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'template',
  register(program, run) {
    const template = program.command('template').description('列出或复制排版模板 / list templates or copy one to change');
    template
      .command('init')
      .description('把内置模板复制到新文件夹，供修改 / copy a built-in template into a new folder to change')
      .argument('<name>', '新模板的文件夹名 / folder name of the new template')
      .option('--from <template>', '复制哪个内置模板：plan 或 official / built-in template to copy: plan or official', 'plan')
      .action(async (name: string, options: { from: string }) => {
        await run(async (context) => {
          const { templateInit } = await import('./index.js');
          return templateInit({ name, from: options.from }, context);
        });
      });
    template
      .command('list')
      .description('列出内置模板和当前文件夹中的模板 / list built-in templates and those in this folder')
      .action(async () => {
        await run(async (context) => {
          const { templateList } = await import('./index.js');
          return templateList(context);
        });
      });
  },
};
