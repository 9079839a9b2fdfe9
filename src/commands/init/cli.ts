import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'init',
  register(program, run) {
    program
      .command('init')
      .description('生成一份示例计划和 plan check 配置 / write a starter plan and a check config')
      .argument('[folder]', '写入的文件夹 / folder to write into', '.')
      .option('--year <year>', '计划年份（默认：9 月起为下一年） / the plan’s year (default: next year from September)')
      .action(async (folder: string, options: { year?: string }) => {
        await run(async (context) => {
          const { init, parseYearOption } = await import('./index.js');
          return init({ folder, year: parseYearOption(options.year, new Date()) }, context);
        });
      });
  },
};
