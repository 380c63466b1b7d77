import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // browser.i18n.getMessage from locales/en.json (the UI's strings go through @wxt-dev/i18n).
          setupFiles: ['tests/unit/i18n-setup.ts', 'tests/unit/preact-frames-setup.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser (Chromium or Firefox) at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
