import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetKinds } from '../../../src/render/docx/pack-docx.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const PLAN = '---\ntitle: 2027年工作计划\n---\n\n一、工作目标\n\n全年完成各项任务。\n\n二、保障措施\n\n加强领导。\n';

afterEach(() => forgetKinds());

describe('plan build --debug', { timeout: 60_000 }, () => {
  it('says, once, that docx writes every .docx whole when our writer has been left, and still builds', async () => {
    const cwd = tempFolder('plan-build-debug-');
    writeFileSync(join(cwd, 'plan.md'), PLAN);
    forgetKinds('a test leaves the writer');
    const run = await runCli(['--debug', 'build', 'plan.md', '--force'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr.match(/plan: debug: docx writes every \.docx whole in this thread: a test leaves the writer/g)).toHaveLength(1);
    expect(run.stdout).toContain('plan.docx');
  });

  it('says nothing of the kind without --debug, or while our writer is in use', async () => {
    const cwd = tempFolder('plan-build-debug-');
    writeFileSync(join(cwd, 'plan.md'), PLAN);
    expect((await runCli(['--debug', 'build', 'plan.md', '--force'], { cwd })).stderr).not.toContain('docx writes every');
    forgetKinds('a test leaves the writer');
    expect((await runCli(['build', 'plan.md', '--force'], { cwd })).stderr).not.toContain('debug');
  });
});
