import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// 'server-only' throws outside React's server bundle; tests import server modules directly, so it becomes a no-op.
const serverOnlyStub = fileURLToPath(new URL('./server/tools/testing/server-only-stub.ts', import.meta.url));
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { alias: { 'server-only': serverOnlyStub, '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['domain/**/*.test.ts', 'server/**/*.unit.test.ts', 'app/**/*.unit.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file gets its own database, so files may run side by side; two cores set the useful limit.
          maxWorkers: 2,
        },
      },
    ],
  },
});
