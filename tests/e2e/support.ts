// What the e2e tests read back from a page, the way a user would see it: painted highlights,
// the card in its closed shadow root (through CDP, scripts/card-probe.ts), the badge and the popup.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/browser';
import { chromiumCard, inCardRoot } from '../../scripts/card-probe';
import type { PageClaimsResponse } from '../../src/messaging/protocol';
import type { ScanState } from '../../src/page/scan-progress';
import { paintedRangeCentre, paintedTexts } from './in-page';

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });
export const screenshotPath = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);

/** The text of every range ClaimLens painted, in document order. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(paintedTexts);
}

/** The page's tab id: the active tab once the page is brought to front (we hold no "tabs" permission, so tab URLs are hidden). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Asks the page's content script what it found (the popup's own request). */
export async function pageClaims(browser: ExtensionBrowser, page: Page): Promise<PageClaimsResponse> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-claims' }), tabId);
}

export async function badgeText(browser: ExtensionBrowser, page: Page): Promise<string> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Claim id → number of highlighted sentences, as the popup lists them. */
export async function claimCounts(browser: ExtensionBrowser, page: Page): Promise<Record<string, number>> {
  const { claims } = await pageClaims(browser, page);
  return Object.fromEntries(claims.map((claim) => [claim.claimId, claim.count]));
}

/** How many scan passes the page's content script began and ended (src/page/scan-progress.ts); null before it listens. */
export async function scanState(browser: ExtensionBrowser, page: Page): Promise<ScanState | null> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker
    .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-scan-state' }), tabId)
    .catch(() => null) as Promise<ScanState | null>;
}

/**
 * Waits for the content script's own signal that its scans are done: more than `after` passes
 * ended and none still running. Pass the `finished` count read before a change to wait for the
 * scan that change causes. Polls the condition; never sleeps a fixed time and then looks.
 */
export async function scanDone(
  browser: ExtensionBrowser,
  page: Page,
  after = 0,
  timeoutMs = 30_000,
): Promise<ScanState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await scanState(browser, page);
    if (state && state.finished > after && state.started === state.finished) return state;
    if (Date.now() > deadline) throw new Error(`the page's scans never finished (${JSON.stringify(state)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the content script has finished its scans; the claims it found. */
export async function settled(browser: ExtensionBrowser, page: Page): Promise<Record<string, number>> {
  await scanDone(browser, page);
  return claimCounts(browser, page);
}

/** The centre of the first painted range whose text contains `needle`. */
export function rangeCentre(page: Page, needle: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(paintedRangeCentre, needle);
}

/** The card's dialog, read through CDP: its shadow root is closed to the page and to Playwright's selectors. */
export const card = (page: Page) => chromiumCard(page);
/** Another part of the card's shadow root (its live region, the "Hidden · Undo" notice). */
export const cardPart = (page: Page, selector: string) => chromiumCard(page, selector);
/** The role of the element focused inside the card, or null when focus is elsewhere. */
export const focusedInCard = async (page: Page) =>
  (await inCardRoot(page, 'chromium', (root) => root.activeElement?.getAttribute('role') ?? null, null)) ?? null;
