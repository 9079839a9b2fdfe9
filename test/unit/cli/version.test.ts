import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { VERSION } from '../../../src/version.js';
import { PROJECT_DIR } from '../../helpers/corpus.js';

it('src/version.ts is in step with package.json', () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
