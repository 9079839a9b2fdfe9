import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: bin/ is plain JavaScript, outside the compiled sources.
import { BAD_OPTION, BATCH_SIZE, looksLikeBatch, relaunch, VALUE_OPTIONS } from '../../../bin/relaunch.js';
import { loadCommands } from '../../../src/cli/registry.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const guess = looksLikeBatch as (args: string[]) => boolean;

describe('which runs restart Node with the single-threaded collector', () => {
  const root = tempFolder('plan-relaunch-');
  const size = BATCH_SIZE as number;
  // An archive just big enough, in year folders; a small folder; hidden files that do not count.
  for (let index = 0; index < size; index += 1) {
    mkdirSync(join(root, 'archive', String(2000 + (index % 7))), { recursive: true });
    writeFileSync(join(root, 'archive', String(2000 + (index % 7)), `${index}.md`), '# 计划\n');
  }
  mkdirSync(join(root, 'small', '.git'), { recursive: true });
  for (let index = 0; index < size - 1; index += 1) writeFileSync(join(root, 'small', index === 0 ? '.hidden.md' : `${index}.md`), '# 计划\n');
  for (let index = 0; index < 5; index += 1) writeFileSync(join(root, 'small', '.git', `object-${index}`), '');
  writeFileSync(join(root, 'a.md'), '# 计划\n');
  const at = (name: string): string => join(root, name);

  it('restarts for globs and for batches of at least BATCH_SIZE files', () => {
    expect(guess(['check', at('archive')])).toBe(true);
    expect(guess(['--lang', 'en', 'build', 'plans/**/*.md', '--out-dir', 'out'])).toBe(true);
    expect(guess(['import', at('archive'), '--out-dir', at('out')])).toBe(true);
    expect(guess(['check', at('small'), at('a.md'), at('b.md')])).toBe(true);
    expect(guess(['check', ...Array.from({ length: size }, (_, index) => at(`${index}.md`))])).toBe(true);
  });

  it('runs smaller batches as they are: the restart would cost more than it saves', () => {
    expect(guess(['check', at('small')])).toBe(false);
    expect(guess(['check', at('small'), at('a.md')])).toBe(false);
    expect(guess(['check', at('a.md'), at('b.md')])).toBe(false);
  });

  it('runs a single plan and other commands as they are', () => {
    expect(guess(['check', at('a.md')])).toBe(false);
    expect(guess(['build', at('a.md'), '--format', 'docx,html', '--template', 'official', '-o', at('plans')])).toBe(false);
    expect(guess(['--lang', 'en', 'check', '-f', 'json', at('a.md')])).toBe(false);
    expect(guess(['outline', at('archive')])).toBe(false);
    expect(guess(['template', 'list'])).toBe(false);
    expect(guess(['--version'])).toBe(false);
  });

  it('knows every option of the CLI that takes a value', async () => {
    const program = new Command();
    for (const command of await loadCommands()) command.register(program, async () => undefined);
    const taking = new Set<string>(['--lang']);
    const visit = (command: Command): void => {
      for (const option of command.options) {
        if (!option.required && !option.optional) continue;
        if (option.long) taking.add(option.long);
        if (option.short) taking.add(option.short);
      }
      for (const sub of command.commands) visit(sub);
    };
    visit(program);
    expect(new Set(VALUE_OPTIONS as Set<string>)).toEqual(taking);
  });
});

describe('the restart itself', () => {
  const restart = relaunch as (args: string[], flags?: string[]) => Promise<number>;

  it('gives the restarted run’s exit code, and BAD_OPTION when this Node refuses a flag, so the run is made without the restart', async () => {
    expect(await restart(['--version'])).toBe(0);
    // What a later Node does with a V8 flag it dropped: exit 9 before any of plan runs.
    expect(await restart(['--version'], ['--no-such-v8-flag-for-this-test'])).toBe(BAD_OPTION);
  });
});
