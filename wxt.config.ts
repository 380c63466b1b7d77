import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Strings: locales/en.json, built into _locales/en/messages.json (@wxt-dev/i18n, with plurals).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No homepage_url: ClaimLens has no public web site yet, and a placeholder would send users to a
    // domain nobody owns. Add it back with the real address when there is one.
    // Icons are drawn in assets/icons/claimlens.svg and rasterised by scripts/make-icons.ts: a filled
    // disc with a white rim, so one icon reads on light and dark toolbars.
    icons: ICONS,
    action: { default_icon: ICONS, default_title: '__MSG_extActionTitle__' },
    permissions: ['storage', 'alarms'],
    // Asked for one host at a time, when the user subscribes to a list there (options page).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandNextClaim__',
      },
    },
    // Chromium: 105 is the first with the CSS Custom Highlight API.
    ...(browser !== 'firefox' && { minimum_chrome_version: '105' }),
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
  hooks: {
    // The privacy policy ships inside the package (linked from the options and welcome pages).
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve(__dirname, 'PRIVACY.md'), relativeDest: 'PRIVACY.txt' });
    },
  },
});
