import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';
import { nodeChildProcess } from '../../io/node-modules-on-demand.js';

export interface PreviewOptions {
  file: string;
  /** `--port`: 0 lets the system choose a free one. */
  port: number;
  /** `--template`: a built-in name or a folder; else the plan's `template:`, else `plan`. */
  template?: string | undefined;
  /** `--open`: open the page in the system's browser. */
  open: boolean;
}

export function parsePortOption(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new PlanError({ zh: `--port 的值“${value}”无效：应为 0 到 65535 的整数`, en: `Invalid --port "${value}": expected a whole number from 0 to 65535` });
  }
  return port;
}

/**
 * `plan preview FILE`: serves the plan's live rendering on 127.0.0.1 until
 * Ctrl-C, then closes the server and its watchers and exits 0 (130 from
 * bin/plan.js, as for any interrupted command).
 */
export async function preview(options: PreviewOptions, context: CommandContext): Promise<number> {
  const file = resolve(context.cwd, options.file);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    // Reported below.
  }
  if (!isFile) {
    throw new PlanError({ zh: `找不到计划文件 ${options.file}`, en: `Plan file not found: ${options.file}` }, { place: { file: options.file } });
  }
  const { startPreviewServer } = await import('../../preview/preview-server.js');
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  try {
    server = await startPreviewServer({ file, port: options.port, template: options.template, cwd: context.cwd, lang: context.lang });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new PlanError(
        {
          zh: `端口 ${options.port} ${code === 'EADDRINUSE' ? '已被占用' : '不允许使用'}；请换一个 --port，或省略 --port 自动选择空闲端口`,
          en: `Port ${options.port} is ${code === 'EADDRINUSE' ? 'in use' : 'not allowed'}; choose another --port, or leave it out for a free one`,
        },
        { exitCode: ExitCode.failure },
      );
    }
    throw error;
  }
  context.stdout(context.lang === 'zh' ? `plan preview：${server.url}（按 Ctrl-C 停止）\n` : `plan preview: ${server.url} (Ctrl-C stops)\n`);
  if (options.open) openBrowser(server.url, context);
  if (!context.signal.aborted) await new Promise<void>((done) => context.signal.addEventListener('abort', () => done(), { once: true }));
  await server.close();
  return ExitCode.ok;
}

/** Opens the URL with the system's opener; where there is none, says so and carries on. */
function openBrowser(url: string, context: CommandContext): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const note = (): void =>
    context.stderr(
      context.lang === 'zh' ? `未能打开浏览器（没有 ${command}）；请手动打开 ${url}\n` : `Could not open a browser (no ${command}); open ${url} yourself\n`,
    );
  try {
    const child = nodeChildProcess().spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', note);
    child.unref();
  } catch {
    note();
  }
}
