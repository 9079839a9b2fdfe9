import type { CliCommand } from '../../cli/registry.js';

export const command: CliCommand = {
  name: 'schema',
  register(program, run) {
    program
      .command('schema')
      .description('输出 JSON Schema，供编辑器校验 / print a JSON schema for editors')
      .argument('[name]', 'front-matter', 'front-matter')
      .action(async (name: string) => {
        await run(async (context) => {
          const { schema } = await import('./index.js');
          return schema({ name }, context);
        });
      });
  },
};
