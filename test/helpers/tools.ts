import { spawnSync } from 'node:child_process';
import { describe } from 'vitest';

/** True when `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export const inCI = process.env['CI'] === 'true';

/**
 * Describes tests that need external programs (LibreOffice, Chromium,
 * pdftotext). In CI a missing program fails the suite; elsewhere the suite
 * is skipped and its title says why, so a skip is never silent.
 */
export function describeWithTools(tools: readonly string[], name: string, body: () => void): void {
  const missing = tools.filter((tool) => !hasCommand(tool));
  if (missing.length === 0) {
    describe(name, body);
  } else if (inCI) {
    describe(name, () => {
      throw new Error(`CI needs ${missing.join(', ')} on the PATH; .ci/run installs them`);
    });
  } else {
    describe.skip(`${name} [skipped: ${missing.join(', ')} not installed; runs in CI]`, body);
  }
}
