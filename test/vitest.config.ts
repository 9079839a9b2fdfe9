import { defineConfig } from 'vitest/config';

// Unit tests run everywhere; e2e tests drive LibreOffice, Chromium and the
// built CLI, and run in CI (`npm run test:e2e`), where a missing tool fails.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: 'test/unit',
          include: ['**/*.test.ts'],
          // A timeout catches a test that hangs; speed is the benchmark's to judge
          // (npm run bench). Vitest's 5 s timed out sound tests on a busy machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'test/e2e',
          include: ['**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
