import { PlanError } from '../../errors.js';
import { nodeChildProcess } from '../../io/node-modules-on-demand.js';

/**
 * Runs a converter program to the end, killing it on Ctrl-C or after the
 * time limit. Its output is kept only to explain a failure.
 */
export function runConverter(
  executable: string,
  args: readonly string[],
  options: { signal: AbortSignal; timeoutMs: number; what: string; env?: NodeJS.ProcessEnv },
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) {
      reject(abortError());
      return;
    }
    // Its own process group, so that stopping it also stops what it started (soffice runs soffice.bin).
    const group = process.platform !== 'win32';
    const child = nodeChildProcess().spawn(executable, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group,
      ...(options.env ? { env: options.env } : {}),
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let stoppedBy: 'abort' | 'timeout' | undefined;
    const stop = (why: 'abort' | 'timeout'): void => {
      stoppedBy = why;
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const onAbort = (): void => stop('abort');
    options.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
    };
    child.on('error', (error) => {
      done();
      reject(
        new PlanError(
          { zh: `无法启动 ${options.what}（${executable}）：${error.message}`, en: `Cannot start ${options.what} (${executable}): ${error.message}` },
          { cause: error },
        ),
      );
    });
    child.on('close', (code) => {
      done();
      if (stoppedBy === 'abort') reject(abortError());
      else if (stoppedBy === 'timeout') {
        reject(
          new PlanError({
            zh: `${options.what} 在 ${options.timeoutMs / 1000} 秒内没有完成转换`,
            en: `${options.what} did not finish the conversion within ${options.timeoutMs / 1000} s`,
          }),
        );
      } else if (code !== 0) {
        reject(
          new PlanError({
            zh: `${options.what} 转换失败（退出码 ${code}）：${output.trim()}`,
            en: `${options.what} failed (exit code ${code}): ${output.trim()}`,
          }),
        );
      } else resolve();
    });
  });
}

function abortError(): Error {
  const error = new Error('The PDF conversion was interrupted');
  error.name = 'AbortError';
  return error;
}
