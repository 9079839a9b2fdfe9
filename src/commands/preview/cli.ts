import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'preview',
  register(program, run) {
    program
      .command('preview')
      .description('在浏览器中实时预览计划的版面和检查结果 / live preview of a plan’s pages and findings in the browser')
      .argument('<file>', '计划文件 / the plan file')
      .option('--port <n>', '端口（默认自动选择空闲端口） / port (default: a free one)')
      .option('--template <name>', '模板名称（plan、official）或模板文件夹 / template name or folder')
      .option('--open', '用系统浏览器打开 / open the system browser')
      .action(async (file: string, options: { port?: string; template?: string; open?: boolean }) => {
        await run(async (context) => {
          const { preview, parsePortOption } = await import('./index.js');
          return preview({ file, port: parsePortOption(options.port), template: options.template, open: options.open === true }, context);
        });
      });
  },
};
