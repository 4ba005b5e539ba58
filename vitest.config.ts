import { defineConfig } from 'vitest/config';
import { firstScreenMessages } from './client/firstScreenMessages.ts';
import { PREACT_ALIASES } from './client/preactAliases.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // The client's React imports resolve to preact/compat, as in its build.
        resolve: { alias: PREACT_ALIASES },
        plugins: [firstScreenMessages()],
        test: {
          name: 'unit',
          setupFiles: ['client/src/i18n/loadLaterEnglish.setup.ts'],
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'server/src/**/*.test.ts',
            'client/src/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
