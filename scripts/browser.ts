// Launches Debian's Chromium with the built extension (playwright-core; no browser download).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The welcome page the extension opened on install (closed unless `keepWelcome`). */
  welcome: Page;
  close(): Promise<void>;
}

/** The tab ClaimLens opens once on first install (src/welcome/on-install.ts). */
async function welcomePageOf(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  const found = context.pages().find(isWelcome);
  if (found) return found;
  for (;;) {
    const page = await context.waitForEvent('page', { timeout: 20_000 });
    await page.waitForURL(/\/welcome\.html$/, { timeout: 5_000 }).catch(() => undefined);
    if (isWelcome(page)) return page;
  }
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    extensionDir?: string;
    colorScheme?: 'light' | 'dark';
    keepWelcome?: boolean;
    /** The browser's UI language (what `i18n.getUILanguage()` answers), e.g. 'de'. */
    uiLanguage?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
    ...(options.uiLanguage && { locale: options.uiLanguage }),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  // Closed so that tests find their own tab active, not the welcome page opening late.
  const welcome = await welcomePageOf(context);
  if (!options.keepWelcome) await welcome.close();
  return {
    context,
    extensionId,
    serviceWorker,
    welcome,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
