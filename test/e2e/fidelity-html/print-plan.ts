import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli } from '../../helpers/run-cli.js';
import { ARTIFACTS_DIR } from '../html-render.js';

export const FIDELITY_DIR = join(ARTIFACTS_DIR, 'fidelity');

/**
 * Builds a plan as a clerk would, `plan build --format html,pdf
 * --pdf-engine chromium`: the HTML page, and the PDF headless Chromium
 * prints from it with no script (`--print-to-pdf`). Returns the PDF's path.
 */
export async function printWithChromium(markdown: string, template: string): Promise<{ pdf: string; html: string }> {
  const out = join(FIDELITY_DIR, template);
  mkdirSync(out, { recursive: true });
  const name = basename(markdown, '.md');
  // -o without an extension: each format takes its own (`-o x.pdf` would name one format of two).
  const run = await runCli(
    ['build', markdown, '--template', template, '--format', 'html,pdf', '--pdf-engine', 'chromium', '-o', join(out, name), '--force', '--quiet'],
    {
      env: { PATH: process.env['PATH'] },
    },
  );
  if (run.code !== 0) throw new Error(`plan build ${markdown}: ${run.stderr}`);
  return { pdf: join(out, `${name}.pdf`), html: join(out, `${name}.html`) };
}
