import { main } from '../../../src/cli/main.js';

/** Runs `plan import …` in-process against string buffers. */
export async function runImport(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['import', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}
