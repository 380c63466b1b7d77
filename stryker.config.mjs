// Mutation testing (`npm run mutation`, not part of `npm test`: it takes minutes per module).
// Run one module at a time on a shared machine: `npm run mutation -- --mutate src/sync/fetch-list.ts`.
// Scores per module are kept in docs/testing.md.
// MUTATION_NAME names the run's reports and working folder, so two modules can run side by side.
const name = process.env.MUTATION_NAME ?? 'mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/sync/fetch-list.ts',
    'src/sync/orchestrator.ts',
    'src/claims/parse.ts',
    'src/page/annotator.ts',
    'src/messaging/channel.ts',
  ],
  concurrency: 1,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  jsonReporter: { fileName: `test-results/mutation/${name}.json` },
  htmlReporter: { fileName: `test-results/mutation/${name}.html` },
  tempDirName: `.stryker-tmp/${name}`,
  timeoutMS: 20_000,
};
