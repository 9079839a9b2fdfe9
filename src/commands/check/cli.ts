import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'check',
  register(program, run) {
    program
      .command('check')
      .description('检查计划的编号、结构、标点、日期和占位符 / check plans for numbering, structure, punctuation, dates and placeholders')
      .argument('<files...>', '计划文件、文件夹或通配符 / plan files, folders or globs')
      .option('--fix', '自动修复可安全修复的问题并写回文件 / apply safe fixes and write the files')
      .option('--fix-dry-run', '以 diff 显示将做的修复，不写文件 / print the fixes as a diff, write nothing')
      .option('-f, --format <format>', '输出格式：stylish、json、sarif、github、junit / output format', 'stylish')
      .option('--max-warnings <n>', '警告超过 n 个时以 1 退出 / exit 1 with more than n warnings')
      .option('--quiet', '只报告错误 / report errors only')
      .option('-c, --config <file>', '使用指定的配置文件 / use this config file')
      .option('-j, --jobs <n>', '同时检查的文件数（默认等于处理器数） / files checked at once (default: one per processor)')
      .option('--shard <i/n>', '只检查 n 份中的第 i 份，用于多台 CI 机器分工 / check only the i-th of n shares, to split CI work')
      .action(
        async (
          files: string[],
          options: {
            fix?: boolean;
            fixDryRun?: boolean;
            format: string;
            maxWarnings?: string;
            quiet?: boolean;
            config?: string;
            jobs?: string;
            shard?: string;
          },
        ) => {
          await run(async (context) => {
            const { check, parseMaxWarningsOption } = await import('./index.js');
            const { parseJobs } = await import('../../batch/jobs.js');
            const { parseShard } = await import('../../batch/shard.js');
            return check(
              {
                files,
                fix: options.fix === true,
                fixDryRun: options.fixDryRun === true,
                format: options.format,
                maxWarnings: parseMaxWarningsOption(options.maxWarnings),
                quiet: options.quiet === true,
                config: options.config,
                jobs: parseJobs(options.jobs),
                shard: options.shard === undefined ? undefined : parseShard(options.shard),
              },
              context,
            );
          });
        },
      );
  },
};
