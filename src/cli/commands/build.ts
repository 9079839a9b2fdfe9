import type { CliCommand } from '../registry.js';

export const command: CliCommand = {
  name: 'build',
  register(program, run) {
    program
      .command('build')
      .description('把计划排版为公文（.docx 等） / typeset plans as official documents (.docx and more)')
      .argument('<files...>', '计划文件、文件夹或通配符 / plan files, folders or globs')
      .option('-o, --output <file>', '输出文件（仅限一个计划） / output file (one plan only)')
      .option('--out-dir <dir>', '输出文件夹，保持输入的目录结构 / output folder, mirroring the inputs')
      .option('--format <formats>', '输出格式：docx、html、pdf，可用逗号分隔多个 / output formats, comma-separated', 'docx')
      .option('--template <name>', '模板名称（plan、official）或模板文件夹 / template name or folder')
      .option('--split-parts', '每一篇生成一个文档 / one document per part (篇)')
      .option('--force', '不做检查，直接生成 / skip the check and build even a plan with errors')
      .action(async (files: string[], options: { output?: string; outDir?: string; format?: string; template?: string; splitParts?: boolean; force?: boolean }) => {
        await run(async (context) => {
          const { build, parseFormatsOption } = await import('../../commands/build.js');
          return build(
            {
              files,
              output: options.output,
              outDir: options.outDir,
              formats: parseFormatsOption(options.format),
              template: options.template,
              splitParts: options.splitParts === true,
              force: options.force === true,
            },
            context,
          );
        });
      });
  },
};
