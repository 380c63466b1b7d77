import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'ClaimLens',
    description: 'Highlights claims that fact-checkers have already checked, with the verdict and its sources.',
    permissions: ['storage', 'alarms'],
    // Asked for one host at a time, when the user subscribes to a list there (options page).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the next checked claim on the page',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
