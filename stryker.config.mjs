// @ts-check
/**
 * Mutation testing (`pnpm test:mutation`): Stryker mutates the pure packages
 * and the server's rules, and runs the unit tests of vitest.mutation.config.ts
 * against each mutant. Two areas, each its own run and report:
 *
 * - `rules` (default): permissions, thread rules, the meeting's rules, the
 *   wire protocol, the threads document, the server's allows/draft/comments rules;
 * - `draft` (`MUTATION_AREA=draft`): the draft's write policy and the shared editor model.
 *
 * See MUTATION.md for the figures and the survivors kept.
 */
const areas = {
  rules: [
    'packages/profile/src/**/*.ts',
    'packages/protocol/src/**/*.ts',
    'packages/meeting/src/**/*.ts',
    'packages/threads-doc/src/**/*.ts',
    'server/src/auth/allows.ts',
    'server/src/draft/*.ts',
    'server/src/comments/applyProposal.ts',
    'server/src/comments/resolveAnchor.ts',
  ],
  draft: ['packages/draft/src/**/*.ts'],
  editor: ['packages/editor/src/**/*.ts'],
};
const area = process.env.MUTATION_AREA ?? 'rules';
const mutate = areas[/** @type {keyof typeof areas} */ (area)];
if (mutate === undefined) throw new Error(`MUTATION_AREA must be one of ${Object.keys(areas).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  // Stryker would rewrite tsconfig.json through the TypeScript 5 API, which TypeScript 7 does not have; vitest needs no rewrite.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (zod schemas, tables) would each need every test: skipped, and counted as ignored.
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `reports/mutation/${area}/stryker-incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${area}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${area}/mutation.json` },
  thresholds: { high: 90, low: 80, break: null },
  mutate: [
    ...mutate,
    '!**/*.test.ts',
    '!**/index.ts',
    '!packages/profile/src/demo/**',
    '!packages/meeting/src/testPeople.ts',
  ],
  ignorePatterns: ['client/dist', 'data', 'tests/.artifacts', 'bench', 'reports', '.tmp'],
};
