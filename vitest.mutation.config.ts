// The unit tests Stryker runs against each mutant (stryker.config.mjs): those of the mutated
// modules, without the ones that start child processes (the CLI) or time whole corpora (bench,
// the matcher's quality sets), which take seconds each and test nothing Stryker mutates.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// MUTATION_TESTS narrows the run to the tests of one module (comma-separated globs; docs/testing.md).
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: only ?? [
      'tests/unit/sync/**/*.test.ts',
      'tests/unit/claims/**/*.test.ts',
      'tests/unit/page/**/*.test.ts',
      'tests/unit/messaging/**/*.test.ts',
      'tests/unit/db/**/*.test.ts',
      'tests/unit/hostile/**/*.test.ts',
    ],
    exclude: ['tests/unit/hostile/cli-import.test.ts', 'tests/unit/claims/parse.test.ts'],
    environment: 'node',
    // As in vitest.config.ts: browser.i18n.getMessage from locales/en.json, for the UI's strings.
    setupFiles: ['tests/unit/i18n-setup.ts'],
    // Under Stryker the machine is loaded by design: a test that compiles 5,000 claims needs longer than 5 s.
    testTimeout: 30_000,
  },
});
