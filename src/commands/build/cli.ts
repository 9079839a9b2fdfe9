import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'build',
  register(program, run) {
    program
      .command('build')
      .description('把计划排版为公文（.docx 等） / typeset plans as official documents (.docx and more)')
      .argument('<files...>', '计划文件、文件夹或通配符 / plan files, folders or globs')
      .option('-o, --output <file>', '输出文件（仅限一个计划） / output file (one plan only)')
      .option('--out-dir <dir>', '输出文件夹，保持输入的目录结构 / output folder, mirroring the inputs')
      .option(
        '--format <formats>',
        "输出格式：docx、html、pdf，可用逗号分隔多个（默认取 -o 的扩展名，否则 docx） / output formats, comma-separated (default: -o's extension, else docx)",
      )
      .option('--template <name>', '模板名称（plan、official）或模板文件夹 / template name or folder')
      .option('--split-parts', '每一篇生成一个文档 / one document per part (篇)')
      .option('--force', '不做检查，直接生成 / skip the check and build even a plan with errors')
      .option(
        '--pdf-engine <engine>',
        'PDF 转换器：libreoffice 或 chromium（默认用已安装的） / PDF converter: libreoffice or chromium (default: whichever is installed)',
      )
      .option('-j, --jobs <n>', '同时生成的文件数（默认等于处理器数） / plans built at once (default: one per processor)')
      .option('--shard <i/n>', '只生成 n 份中的第 i 份，用于多台 CI 机器分工 / build only the i-th of n shares, to split CI work')
      .option('--skip-unchanged', '跳过内容、模板和版本都未改动的计划 / skip plans whose content, template and version are unchanged')
      .option('--cache-file <file>', '--skip-unchanged 的缓存文件（默认为输出文件夹中的 .plan-cache.json） / cache file for --skip-unchanged')
      .option('--json', '以 JSON 输出汇总 / print the summary as JSON')
      .option('-q, --quiet', '只报告失败 / report failures only')
      .action(
        async (
          files: string[],
          options: {
            output?: string;
            outDir?: string;
            format?: string;
            template?: string;
            splitParts?: boolean;
            force?: boolean;
            pdfEngine?: string;
            jobs?: string;
            shard?: string;
            skipUnchanged?: boolean;
            cacheFile?: string;
            json?: boolean;
            quiet?: boolean;
          },
        ) => {
          await run(async (context) => {
            const { build, parseFormatsOption } = await import('./index.js');
            const { parseJobs } = await import('../../batch/jobs.js');
            const { parseShard } = await import('../../batch/shard.js');
            const { parsePdfEngine } = await import('../../render/pdf/pdf-engine.js');
            return build(
              {
                files,
                output: options.output,
                outDir: options.outDir,
                formats: options.format === undefined ? undefined : parseFormatsOption(options.format),
                template: options.template,
                splitParts: options.splitParts === true,
                force: options.force === true,
                pdfEngine: parsePdfEngine(options.pdfEngine),
                jobs: parseJobs(options.jobs),
                shard: options.shard === undefined ? undefined : parseShard(options.shard),
                skipUnchanged: options.skipUnchanged === true,
                cacheFile: options.cacheFile,
                json: options.json === true,
                quiet: options.quiet === true,
              },
              context,
            );
          });
        },
      );
  },
};
