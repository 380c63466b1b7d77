// Opens the welcome page once, when ClaimLens is first installed (not on updates or browser starts).
import { browser } from 'wxt/browser';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((error: unknown) => {
      console.warn('ClaimLens: could not open the welcome page', error);
    });
  });
}
