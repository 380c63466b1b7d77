// Code passed to serviceWorker.evaluate() runs in the extension's worker, where `chrome` exists.
import type { browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof browser;
}
