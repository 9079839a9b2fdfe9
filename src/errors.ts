import type { Text } from './i18n/text.js';

/** Exit codes shared by every command (DESIGN.md §4). */
export const ExitCode = {
  ok: 0,
  /** Errors found in the plans (or warnings above --max-warnings). */
  problems: 1,
  /** Usage, configuration or I/O failure. */
  failure: 2,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * An expected failure caused by the user's input or environment. The CLI
 * prints its message (never a stack trace) and exits with `exitCode`.
 */
export class PlanError extends Error {
  readonly text: Text;
  readonly exitCode: ExitCodeValue;
  readonly place: ErrorPlace;

  constructor(text: Text, options: { exitCode?: ExitCodeValue; place?: ErrorPlace; cause?: unknown } = {}) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlanError';
    this.text = text;
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.place = options.place ?? {};
  }
}

export function isPlanError(error: unknown): error is PlanError {
  return error instanceof PlanError;
}
