import type { Text } from '../i18n/text.js';

/** One input file of a batch, as the task sees it. */
export interface BatchFile {
  /** Absolute path. */
  path: string;
  /** How messages name it: relative to the working folder. */
  shown: string;
  /** Path below the folder or glob base it was found under (the base name for a file named directly); `--out-dir` mirrors it. */
  relative: string;
  /** Named on the command line itself, not found in a folder or by a glob: a command that passes over it (a config's `ignore`) says so. */
  named?: boolean;
}

/** What one file came to. `data` is the command's own result (structured-cloneable), e.g. diagnostics. */
export interface TaskOutcome {
  status: 'done' | 'failed';
  /** Absolute paths of the files written, for the summary and the --skip-unchanged cache. */
  outputs: string[];
  /** What else the result depends on, so that --skip-unchanged rebuilds when it changes: absolute paths of files or folders (a template), or a config search (see configSearch). */
  dependencies?: string[];
  /** Why the file failed: what to do, in both languages. */
  reason?: Text;
  line?: number;
  /** The exit code this failure calls for (1 problems in the plan, 2 a file that cannot be read or written). */
  exitCode?: number;
  /** Set for a failure that is our bug rather than the user's (its stack, shown under --debug). */
  internal?: string;
  data?: unknown;
  /** A finished file the command made nothing of because the config's `ignore` excludes it: counted apart, not as converted or checked. */
  passedOver?: boolean;
}

export interface WorkerInfo {
  /** 0-based index of the worker thread (or 0 when a single file runs in the main thread). */
  index: number;
  /** Stop the current file as soon as possible (Ctrl-C). */
  signal: AbortSignal;
}

export interface BatchTask {
  run: (file: BatchFile) => Promise<TaskOutcome>;
  /** Releases what the worker kept between files (converter profiles, temporary folders). */
  dispose?: () => Promise<void>;
}

/**
 * The contract of a task module: each worker imports it once and calls
 * `createTask` once, so templates and other parsed state are reused for every
 * file that worker handles. `options` must be structured-cloneable.
 */
export interface BatchTaskModule<Options> {
  createTask: (options: Options, worker: WorkerInfo) => Promise<BatchTask> | BatchTask;
}
