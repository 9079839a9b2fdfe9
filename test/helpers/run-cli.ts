import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `plan` in-process against string buffers, as bin/plan.js would with
 * the real process; no terminal, so no colours and no progress bars.
 */
export async function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; signal?: AbortSignal } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const code = await main(args, {
    stdout: (data) => {
      stdout += typeof data === 'string' ? data : decoder.decode(data);
    },
    stderr: (data) => {
      stderr += typeof data === 'string' ? data : decoder.decode(data);
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { ...(options.env ?? {}) },
    cwd: options.cwd ?? process.cwd(),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { code, stdout, stderr };
}
