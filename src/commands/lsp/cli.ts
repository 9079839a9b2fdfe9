import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'lsp',
  register(program, run) {
    program
      .command('lsp')
      .description('语言服务器：在编辑器中显示检查结果、快速修复和提纲 / language server: findings, quick fixes and the outline in your editor')
      .option('--stdio', '通过标准输入输出通信（默认） / talk over stdin and stdout (the default)')
      .action(async (options: { stdio?: boolean }) => {
        await run(async (context) => {
          const { lsp } = await import('./index.js');
          return lsp({ stdio: options.stdio !== false }, context);
        });
      });
  },
};
