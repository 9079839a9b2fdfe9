import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadableModuleUrl } from '../../../src/batch/module-url.js';

describe('loadableModuleUrl', () => {
  it('leaves compiled JavaScript as it is', () => {
    const url = new URL('file:///somewhere/dist/batch/build-task.js');
    expect(loadableModuleUrl(url)).toBe(url);
  });

  it('maps a TypeScript module under src/ to its compiled twin in dist/, which a worker thread can load', () => {
    const source = new URL('../../../src/commands/build/build-task.ts', import.meta.url);
    const loadable = loadableModuleUrl(source);
    expect(fileURLToPath(loadable)).toBe(fileURLToPath(source).replace('/src/commands/build/build-task.ts', '/dist/commands/build/build-task.js'));
    expect(existsSync(loadable)).toBe(true);
  });

  it('says to compile when the twin is missing', () => {
    expect(() => loadableModuleUrl(pathToFileURL('/nowhere/src/batch/missing.ts'))).toThrow(/npx tsc/);
    expect(() => loadableModuleUrl(pathToFileURL('/nowhere/lib/missing.ts'))).toThrow(/outside src/);
  });
});
