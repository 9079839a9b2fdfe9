import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'targets',
  register(program, run) {
    program
      .command('targets')
      .description('列出计划中的量化目标（数值、单位、比较、时限、责任单位），供督查督办 / list the quantified targets of plans for follow-up')
      .argument('<files...>', '计划文件、文件夹或通配符 / plan files, folders or globs')
      .option('-f, --format <format>', '输出格式：table、csv、json、xlsx、md / output format', 'table')
      .option('-o, --output <file>', '写入文件而不是标准输出（xlsx 必须） / write to a file instead of stdout (required for xlsx)')
      .action(async (files: string[], options: { format: string; output?: string }) => {
        await run(async (context) => {
          const { targets, parseTargetFormat } = await import('./index.js');
          return targets({ files, format: parseTargetFormat(options.format), output: options.output }, context);
        });
      });
  },
};
