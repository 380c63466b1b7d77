// The extension's own pages as a reader meets them (issue 13): the welcome page opened once on
// install, axe-core on the popup, options and welcome pages in light and dark, long strings that
// must not stretch them, the package's icons, the privacy policy reached from the options and welcome
// pages, and the 1280×800 store screenshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startPageServer, type PageServer } from '../../scripts/seed-pages';
import { activeText } from './in-page';
import { axeViolations, describeViolations } from './reader-support';
import { card, screenshotPath, settled, tabIdOf } from './support';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension({ keepWelcome: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionPage = async (path: string, viewport = { width: 1280, height: 800 }): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

describe('the welcome page', () => {
  it('opens once on install, with the legend, the bound shortcut and the privacy promise', async () => {
    const welcome = browser.welcome;
    await welcome.locator('[data-testid="legend"]').waitFor();
    await expect.poll(() => welcome.locator('[data-testid="shortcut"]').innerText()).toMatch(/Press Alt\+Shift\+K/);
    expect(await welcome.locator('main').innerText()).toMatch(/never leaves this device/);
    // Not on a restart of the worker: only the install opens it.
    await browser.serviceWorker.evaluate(() => chrome.runtime.reload !== undefined);
    const welcomes = browser.context.pages().filter((page) => page.url().endsWith('/welcome.html'));
    expect(welcomes).toHaveLength(1);
    await welcome.close();
  });
});

describe('axe-core finds nothing, light and dark', () => {
  it('(and does find a contrast failure when there is one: the harness works)', async () => {
    const page = await extensionPage('welcome.html');
    await page.locator('main').waitFor();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Pale text';
      p.style.cssText = 'color:#bbbbbb;background:#ffffff';
      document.querySelector('main')!.append(p);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('color-contrast');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('on the popup, options and welcome pages (%s)', async (scheme) => {
    const article = await browser.context.newPage();
    await article.goto(`${server.origin}/seed/004_1bd47ac8bb818bbc.txt.html`);
    await settled(browser, article);
    const tabId = await tabIdOf(browser, article);
    for (const path of [`popup.html?tabId=${tabId}`, 'options.html', 'welcome.html']) {
      const page = await extensionPage(path, path.startsWith('popup') ? { width: 380, height: 600 } : undefined);
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('main').waitFor();
      if (path.startsWith('popup')) await page.locator('[data-testid="page-claims"]').waitFor();
      if (path === 'options.html') await page.locator('[data-testid="lists"]').waitFor();
      for (const details of await page.locator('details').all())
        await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
      expect(describeViolations(await axeViolations(page)), path).toEqual([]);
      await page.screenshot({ path: screenshotPath(`reader-${path.split('.')[0]}-${scheme}`), fullPage: true });
      await page.close();
    }
    await article.close();
  });
});

describe('long strings', () => {
  it('a 1 MB unbroken string stretches neither the popup nor the options page', async () => {
    const long = 'x'.repeat(1_000_000);
    await browser.serviceWorker.evaluate(
      (text) => chrome.storage.local.set({ dismissals: { 'http://127.0.0.1/long': [{ claimId: 'a', text }] } }),
      long,
    );
    const options = await extensionPage('options.html');
    await options.locator('[data-testid="hidden-items"]').waitFor();
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await options.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(20_000);
    await options.close();
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('dismissals'));

    const popup = await extensionPage('popup.html', { width: 380, height: 600 });
    await popup.locator('[data-testid="database"] p').waitFor();
    // A list whose title is one 1 MB word, as a hostile list could name itself.
    await popup.evaluate((text) => {
      document.querySelector('[data-testid="database"] p')!.textContent = text;
    }, long);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.close();
  });
});

describe('the package', () => {
  it('declares icons at 16, 32, 48 and 128 px that are PNGs of that size, Chrome 105 as its minimum, and no made-up home page', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      minimum_chrome_version: string;
      homepage_url?: string;
    };
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(manifest.icons)) {
      const png = readFileSync(join(EXTENSION_DIR, file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    expect(manifest.minimum_chrome_version).toBe('105');
    // No placeholder home page: there is no public site to point at yet.
    expect(manifest.homepage_url).toBeUndefined();
    expect(readFileSync(join(EXTENSION_DIR, 'PRIVACY.txt'), 'utf8')).toMatch(/never leaves your device/);
  });
});

describe('the privacy policy', () => {
  it('opens from the options page’s Privacy section and the welcome page, as the packaged text', async () => {
    for (const [path, section] of [
      ['options.html', '[data-testid="privacy"]'],
      ['welcome.html', 'section[aria-labelledby="privacy"]'],
    ] as const) {
      const page = await extensionPage(path);
      const link = page.locator(`${section} a`);
      const opened = browser.context.waitForEvent('page');
      await link.click();
      const policy = await opened;
      await policy.waitForLoadState();
      expect(policy.url()).toBe(`chrome-extension://${browser.extensionId}/PRIVACY.txt`);
      expect(await policy.locator('body').innerText()).toMatch(/never leaves your device/);
      await policy.close();
      await page.close();
    }
  });
});

describe('store screenshots (1280×800)', () => {
  it('the card on an article, the popup, and the welcome page', async () => {
    const article = await browser.context.newPage();
    await article.setViewportSize({ width: 1280, height: 800 });
    await article.goto(`${server.origin}/seed/000_705871242ff19cf9.txt.html`);
    await settled(browser, article);
    const tabId = await tabIdOf(browser, article);
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(article).waitFor({ state: 'visible' });
    // The first claim is the headline (one quiet grey line); the store shows a passage in the text.
    const headline = await article.evaluate(activeText);
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await expect.poll(() => article.evaluate(activeText)).not.toBe(headline);
    await card(article).waitFor({ state: 'visible' });
    await article.screenshot({ path: screenshotPath('store-1-card') });
    const popup = await extensionPage(`popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="page-claims"]').waitFor();
    await popup.screenshot({ path: screenshotPath('store-2-popup') });
    const welcome = await extensionPage('welcome.html');
    await welcome.locator('[data-testid="legend"]').waitFor();
    await welcome.screenshot({ path: screenshotPath('store-3-welcome') });
    for (const page of [popup, welcome, article]) await page.close();
  });
});
