import { Option } from 'commander';
import { CLEANING_STEPS } from '../../import/cleaning/steps.js';
import type { CliCommand } from '../../cli/registry.js';

function camelCase(id: string): string {
  return id.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase());
}

export const command: CliCommand = {
  name: 'import',
  register(program, run) {
    const sub = program
      .command('import')
      .description('把往年的计划（.txt/.md/.html/.docx/.doc）转成 Markdown 计划并清理 / convert past plans to Markdown plans, cleaning them')
      .argument('<files...>', '文件、文件夹或通配符 / files, folders or globs')
      .option('-o, --output <file>', '输出文件（只用于一个输入；- 表示标准输出） / output file (one input; - for stdout)')
      .option('--out-dir <dir>', '输出文件夹 / output folder')
      .option('--split-parts', '每一篇（篇1、篇2……）写成一个文件 / write one plan per part (篇)')
      .option('--encoding <name>', '指定文本编码：utf-8、gb18030、gbk、big5、utf-16le、utf-16be / force the text encoding')
      .option('--json', '以 JSON 输出导入报告 / print the import report as JSON')
      .option('-j, --jobs <n>', '同时导入的文件数（默认等于处理器数） / files imported at once (default: one per processor)');
    // One switch per cleaning step, from the steps themselves, so the flags cannot drift from the code.
    for (const step of CLEANING_STEPS) {
      const flag = step.enabledByDefault ? `--no-${step.id}` : `--${step.id}`;
      const verb = step.enabledByDefault ? { zh: '跳过', en: 'skip' } : { zh: '启用', en: 'enable' };
      sub.addOption(new Option(flag, `${verb.zh}：${step.title.zh} / ${verb.en}: ${step.title.en}`));
    }
    sub.action(async (files: string[], options: Record<string, unknown>) => {
      await run(async (context) => {
        const { importPlans } = await import('./index.js');
        const { parseJobs } = await import('../../batch/jobs.js');
        const steps: Record<string, boolean> = {};
        for (const step of CLEANING_STEPS) {
          const value = options[camelCase(step.id)];
          if (typeof value === 'boolean') steps[step.id] = value;
        }
        return importPlans(
          {
            files,
            output: options['output'] as string | undefined,
            outDir: options['outDir'] as string | undefined,
            splitParts: options['splitParts'] === true,
            json: options['json'] === true,
            encoding: options['encoding'] as string | undefined,
            steps,
            jobs: parseJobs(options['jobs'] as string | undefined),
          },
          context,
        );
      });
    });
  },
};
