import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The URL a worker thread can load for a module. From dist/ that is the
 * module itself. Under vitest the code runs from src/*.ts, which a worker
 * thread on Node 20 cannot import, so the compiled twin in dist/ is used
 * (`npm test` compiles first). A module there may be named as the compiled
 * code names it (`new URL('./x.js', import.meta.url)` in src/x.ts's
 * neighbour), which has no file under src/: that is mapped the same way.
 */
export function loadableModuleUrl(url: URL): URL {
  const typescript = url.pathname.endsWith('.ts');
  if (!typescript && !(url.protocol === 'file:' && url.pathname.endsWith('.js') && !existsSync(fileURLToPath(url)))) return url;
  const path = fileURLToPath(url);
  const marker = `${sep}src${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) {
    if (!typescript) return url;
    throw new Error(`${path}: a worker thread cannot load TypeScript outside src/`);
  }
  const compiled = `${path.slice(0, at)}${sep}dist${sep}${path.slice(at + marker.length).replace(/\.ts$/, '.js')}`;
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run npx tsc -p tsconfig.json first`);
  return pathToFileURL(compiled);
}
