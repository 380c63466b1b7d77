import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
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
    // Firefox only (Chromium warns about the unknown key). 140 is the first Firefox with the CSS
    // Custom Highlight API, and with data_collection_permissions.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'claimlens@claimlens.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
