// Builds dist/ unless it was built from the sources as they are now, so that
// `npm ci` (whose prepare step builds) followed by `npm test` builds once.
// `--record`, the last step of `npm run build`, notes what dist/ was built from.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const record = join(root, 'dist', '.built-from');
// What the build reads: the sources, the launcher, templates and example
// the code-cache warm-up runs, compiler and bundler settings, the bundled dependencies.
const inputs = ['src', 'bin', 'templates', 'examples/2027-科技工作计划.md', 'tsconfig.json', 'package.json', 'package-lock.json'];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesUnder(join(root, input))).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

if (process.argv.includes('--record')) {
  writeFileSync(record, `${sourceHash()}\n`);
} else if (!existsSync(record) || readFileSync(record, 'utf8').trim() !== sourceHash()) {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(built.status ?? 1);
}
