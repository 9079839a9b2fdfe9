import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL a worker thread can load for a module. From dist/ that is the
 * module itself. Under vitest the code runs from src/*.ts, which a worker
 * thread on Node 20 cannot import, so the compiled twin in dist/ is used
 * (`npm test` compiles first).
 */
export function loadableModuleUrl(url: URL): URL {
  if (!url.pathname.endsWith('.ts')) return url;
  const path = fileURLToPath(url);
  const marker = `${sep}src${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) throw new Error(`${path}: a worker thread cannot load TypeScript outside src/`);
  const compiled = `${path.slice(0, at)}${sep}dist${sep}${path.slice(at + marker.length).replace(/\.ts$/, '.js')}`;
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run npx tsc -p tsconfig.json first`);
  return pathToFileURL(compiled);
}
