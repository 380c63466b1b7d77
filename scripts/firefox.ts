// Launches Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv3), driven by
// puppeteer-core over WebDriver BiDi. Nothing downloads a browser; nothing here builds.
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid>/ — the uuid is chosen here, so extension pages can be opened. */
  baseUrl: string;
  /** The browser's console lines (pages, content scripts, background) that mention ClaimLens. */
  consoleLines: string[];
  /** Opens one of the extension's pages (e.g. 'popup.html?tabId=3') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export async function launchFirefoxWithExtension(
  options: { headless?: boolean; extensionDir?: string; backgroundIdleTimeoutMs?: number } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId)
    throw new Error(
      `${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: is it the Firefox build?`,
    );
  // Firefox picks a random internal uuid per profile; this pref fixes it before the install.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    defaultViewport: { width: 1100, height: 800 },
    // WebDriver BiDi refuses to navigate a tab to a moz-extension: URL without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Console messages of every context, the extension's background included, on stdout.
      'devtools.console.stdout.content': true,
      // Firefox runs an MV3 background as an event page and suspends it when idle (30 s by default).
      ...(options.backgroundIdleTimeoutMs !== undefined && {
        'extensions.background.idle.timeout': options.backgroundIdleTimeoutMs,
      }),
    },
  });
  const consoleLines: string[] = [];
  let pending = '';
  browser.process()?.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    consoleLines.push(...lines.filter((line) => line.includes('ClaimLens')));
  });
  try {
    // A temporary add-on, as about:debugging loads it; the manifest's permissions apply as at install.
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const baseUrl = `moz-extension://${uuid}/`;
  return {
    browser,
    addonId,
    baseUrl,
    consoleLines,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigateToExtensionPage(page, new URL(path, baseUrl).href);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * page.goto() waits for a navigation event that Firefox does not report when a tab moves from
 * the web content process to the extension process, so it would time out although the page
 * loaded. The BiDi command itself (browsingContext.navigate, wait: complete) does return.
 */
async function navigateToExtensionPage(page: Page, url: string): Promise<void> {
  const context = (
    page.mainFrame() as unknown as { browsingContext?: { navigate?(url: string, wait: string): Promise<void> } }
  ).browsingContext;
  if (typeof context?.navigate !== 'function')
    throw new Error('puppeteer-core changed: no BiDi browsingContext on the page’s main frame');
  await context.navigate(url, 'complete');
}
