import { Writable } from 'node:stream';
import type { CommandContext } from '../../io/command-context.js';
import { ExitCode, PlanError } from '../../errors.js';

export interface LspOptions {
  /** `--stdio`: speak the protocol on standard input and output, the only transport there is (and the default). */
  stdio: boolean;
  /** Quiet time after a change before the plan is checked again. */
  debounceMs?: number | undefined;
}

/**
 * `plan lsp --stdio`: the language server for editors. Runs until the
 * editor says exit; exit 0 after a proper shutdown, 1 without, 130 after
 * Ctrl-C. Nothing but protocol messages goes to stdout.
 */
export async function lsp(options: LspOptions, context: CommandContext): Promise<number> {
  if (!context.stdin) {
    throw new PlanError(
      { zh: 'plan lsp 需要标准输入，请由编辑器启动', en: 'plan lsp needs standard input; start it from an editor' },
      { exitCode: ExitCode.failure },
    );
  }
  const input = context.stdin();
  if ((input as { isTTY?: boolean }).isTTY) {
    context.stderr(
      context.lang === 'zh'
        ? 'plan lsp 通过标准输入输出与编辑器通信（语言服务器协议），请在编辑器中配置 `plan lsp --stdio`；按 Ctrl-C 退出\n'
        : 'plan lsp talks to an editor over stdin/stdout (Language Server Protocol); configure `plan lsp --stdio` in your editor; Ctrl-C quits\n',
    );
  }
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      context.stdout(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      callback();
    },
  });
  const { runLanguageServer } = await import('../../lsp/language-server.js');
  const code = await runLanguageServer({
    input,
    output,
    cwd: context.cwd,
    lang: context.lang,
    signal: context.signal,
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
  });
  // The protocol is over: stop reading, so that the process can end.
  (input as { pause?: () => void }).pause?.();
  (input as { destroy?: () => void }).destroy?.();
  return code;
}
