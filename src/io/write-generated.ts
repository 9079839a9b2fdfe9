import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Part of `npm run generate`: writes generated files (name → text) into
 * the source folder of the module at `moduleUrl`, under src/ also when it
 * runs compiled from dist/, and says what it wrote. A unit test of each
 * generator fails when the committed files differ from what it makes now.
 */
export function writeGenerated(moduleUrl: string, files: ReadonlyMap<string, string>): void {
  const folder = dirname(fileURLToPath(moduleUrl)).replace(/([\\/])dist([\\/])/, '$1src$2');
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  const [only] = files.keys();
  process.stdout.write(files.size === 1 && only !== undefined ? `wrote ${join(folder, only)}\n` : `wrote ${files.size} files to ${folder}\n`);
}
