import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'diff',
  register(program, run) {
    program
      .command('diff')
      .description('按编号结构比较两份计划：新增、删除、移动、改名、修改 / compare two plans section by section')
      .argument('<old>', "旧计划（如去年的计划） / the old plan (e.g. last year's)")
      .argument('<new>', '新计划 / the new plan')
      .option('-f, --format <format>', '输出格式：text、json、html、docx（修订对照表） / output format', 'text')
      .option('-o, --output <file>', '写入文件而不是标准输出（docx 必须） / write to a file instead of stdout (required for docx)')
      .option('--template <name>', 'docx 修订对照表所用字体的模板 / template whose fonts the docx table uses', 'plan')
      .action(async (oldFile: string, newFile: string, options: { format: string; output?: string; template: string }) => {
        await run(async (context) => {
          const { diff, parseDiffFormat } = await import('./index.js');
          return diff({ oldFile, newFile, format: parseDiffFormat(options.format), output: options.output, template: options.template }, context);
        });
      });
  },
};
