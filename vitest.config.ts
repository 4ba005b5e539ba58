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
          // Every core: by default vitest keeps one free, which on a two-core machine runs these files one at a time.
          maxWorkers: '100%',
        },
      },
      {
        test: {
          name: 'integration',
          globalSetup: ['tests/helpers/buildServer.globalSetup.ts'],
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
          globalSetup: ['tests/helpers/buildServer.globalSetup.ts'],
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
