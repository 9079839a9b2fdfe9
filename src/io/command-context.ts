import type { Lang } from '../i18n/text.js';

/** Where output goes: text, or bytes already encoded as UTF-8 (a batch report formatted in a worker thread). */
export type Output = (data: string | Uint8Array) => void;

/**
 * What a command may touch of the outside world. `bin/plan.js` fills it from
 * the process; tests fill it with buffers. Commands never read argv,
 * process.env or the console themselves.
 */
export interface CommandContext {
  cwd: string;
  lang: Lang;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  /** True when stdout/stderr are terminals: colours, progress bars. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Colour allowed (a TTY, no NO_COLOR, not --no-color). */
  color: boolean;
  debug: boolean;
  /** Aborted on Ctrl-C; long commands stop cleanly. */
  signal: AbortSignal;
  /** Standard input, when the process has one to give (`plan lsp --stdio` speaks over it). */
  stdin?: () => NodeJS.ReadableStream;
}
