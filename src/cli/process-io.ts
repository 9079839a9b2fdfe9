import type { Output } from '../io/command-context.js';

/** The streams and environment `main` runs against; `bin/plan.js` passes the process's. */
export interface ProcessIo {
  stdout: Output;
  stderr: Output;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  signal?: AbortSignal;
  /** Standard input, for the commands that read a stream from it (`plan lsp --stdio`); a function, so that other commands never open it. */
  stdin?: () => NodeJS.ReadableStream;
}
