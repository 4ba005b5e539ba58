import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`pnpm test:mutation`): the unit
 * tests of the pure packages and of the server's rules. Workspace packages are
 * aliased to their sources next to this file, because Stryker runs in a copy
 * of the repository whose node_modules links still point at the originals:
 * without the alias a package's mutants would never be loaded.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const packages = ['draft', 'editor', 'meeting', 'profile', 'protocol', 'threads-doc'];

export default defineConfig({
  resolve: {
    alias: packages.map((name) => ({
      find: `@roundtable/${name}`,
      replacement: `${root}packages/${name}/src/index.ts`,
    })),
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'server/src/auth/**/*.test.ts',
      'server/src/draft/**/*.test.ts',
      'server/src/comments/**/*.test.ts',
    ],
    environment: 'node',
    // One module cache per worker across test files: several times faster per mutant. The unit tests share no
    // mutable module state, so they pass the same without isolation.
    isolate: false,
    // Property tests run a tenth of their generated cases per mutant (see `runs` in those tests).
    env: { PROPERTY_RUNS_SCALE: '0.1' },
  },
});
