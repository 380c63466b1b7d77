// The extension as a reader meets it, in real Chromium: highlights on the seed articles, the card,
// the badge, the popup, keyboard navigation, text added after load, and a page about something else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { seedNames, startPageServer, type PageServer } from '../../scripts/seed-pages';
import {
  badgeText,
  card,
  focusedInCard,
  claimCounts,
  highlightedTexts,
  pageClaims,
  rangeCentre,
  scanDone,
  scanState,
  screenshotPath,
  settled,
  tabIdOf,
} from './support';
import { activeText as activeTextInPage } from './in-page';

// Which claims each seed states, written by reading the seeds (tests/fixtures/README.md).
const expectations = JSON.parse(
  readFileSync(resolve(__dirname, '../fixtures/seed-expectations.json'), 'utf8'),
) as Record<string, Record<string, number>>;

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('on each seed article', () => {
  it.each(seedNames())('%s: highlights exactly the claims it states', async (seed) => {
    const page = await open(`/seed/${seed}.html`);
    const counts = await settled(browser, page);
    expect(counts).toEqual(expectations[seed]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(await highlightedTexts(page)).toHaveLength(total);
    // The badge counts distinct claims, as the popup lists them.
    expect(await badgeText(browser, page)).toBe(String(Object.keys(counts).length));
    await page.close();
  });
});

describe('the card', () => {
  it("opens on hover with the verdict, Meta's denial and its source, and closes with Escape", async () => {
    const page = await open('/seed/003_17c15c931e64251e.txt.html');
    await settled(browser, page);
    const point = await rangeCentre(page, 'allowed Netflix to access');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await card(page).waitFor({ state: 'visible' });
    // A card opened by an earlier pointer position is replaced by the one under the pointer.
    await expect
      .poll(() => card(page).getAttribute('data-claim-id'))
      .toMatch(/^(netflix-inbox-api-access|netflix-data-for-ad-spend)$/);
    // The answer first; the denials one click away.
    expect(await card(page).locator('[data-testid="stance"]').innerText()).toMatch(/This passage/);
    await card(page).locator('[data-testid="denials"] summary').click();
    await card(page).locator('[data-testid="context"] summary').click();
    const text = await card(page).innerText();
    expect(text).toMatch(/Alleged in court filing|Denied/);
    expect(text).toContain("Meta didn't share people's private messages with Netflix");
    expect(text).toContain('Andy Stone');
    expect(text).toMatch(/Source.*Andy Stone on X \(2024\)/);
    expect(await card(page).getAttribute('aria-labelledby')).toBeTruthy();
    await page.screenshot({ path: screenshotPath('card-light') });
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('links every source that has a URL, and stays on screen on a dark page', async () => {
    const page = await open('/seed/004_1bd47ac8bb818bbc.txt.html?dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(browser, page);
    const tabId = await tabIdOf(browser, page);
    await browser.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'reveal-claim', claimId: 'facebook-partners-read-messages-2018' }),
      tabId,
    );
    await card(page).waitFor({ state: 'visible' });
    const links = await card(page).evaluate((dialog) =>
      [...dialog!.querySelectorAll('a.source-link')].map((a) => (a as HTMLAnchorElement).href),
    );
    expect(links).toContain('https://www.nytimes.com/2018/12/18/technology/facebook-privacy.html');
    expect(links).toContain('https://newsroom.fb.com/news/2018/12/facebooks-partners/');
    const box = (await card(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: screenshotPath('card-dark') });
    await page.mouse.click(5, 5);
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('is reached from the keyboard: the next-claim command focuses the card, Escape returns', async () => {
    const page = await open('/seed/000_705871242ff19cf9.txt.html');
    await settled(browser, page);
    const tabId = await tabIdOf(browser, page);
    // The same message the Alt+Shift+K command sends (headless Chromium has no command keys).
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    await card(page).waitFor({ state: 'visible' });
    expect(await focusedInCard(page)).toBe('dialog');
    const activeText = () => page.evaluate(activeTextInPage);
    const first = await activeText();
    expect(first).not.toBe('');
    await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focus-next-claim' }), tabId);
    // The seed states more than one claim sentence, so "next" moves on.
    await expect.poll(activeText).not.toBe(first);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('"Not this claim"', () => {
  it('hides that sentence for that claim on this page, also after a reload', async () => {
    const page = await open('/page/unrelated.html');
    await settled(browser, page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Facebook sold users’ private messages to Netflix, posts said.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(() => highlightedTexts(page)).toHaveLength(1);
    const point = await rangeCentre(page, 'Facebook sold');
    await page.mouse.move(point!.x, point!.y);
    await card(page).locator('button.not-this').click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    expect(await badgeText(browser, page)).toBe('');
    await page.reload();
    await settled(browser, page);
    const before = (await scanState(browser, page))!.finished;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Facebook sold users’ private messages to Netflix, posts said.';
      document.querySelector('article')!.append(p);
    });
    // The scan of the added paragraph has ended: had it matched, it would be painted by now.
    await scanDone(browser, page, before);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});

describe('the popup', () => {
  it('lists the claims of the page, agrees with the badge, and scrolls to a claim on click', async () => {
    const page = await open('/seed/001_96be5315941498a2.txt.html');
    const counts = await settled(browser, page);
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const items = popup.locator('[data-testid="page-claims"] button.claim');
    await items.first().waitFor();
    const listed = await items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-claim-id')));
    expect(listed.sort()).toEqual(Object.keys(counts).sort());
    expect(await badgeText(browser, page)).toBe(String(listed.length));
    await expect
      .poll(() => popup.locator('[data-testid="database"]').innerText())
      .toMatch(/10 checked claims from ClaimLens bundled list/);
    await popup.screenshot({ path: screenshotPath('popup-light') });

    // The last claim in the popup is furthest down the page: clicking it scrolls there.
    const { claims } = await pageClaims(browser, page);
    const target = claims.at(-1)!.claimId;
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator(`button.claim[data-claim-id="${target}"]`).click();
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-claim-id')).toBe(target);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: screenshotPath('popup-dark') });
    await popup.close();
    await page.close();
  });

  it('says plainly that a page about something else has no checked claims', async () => {
    const page = await open('/page/unrelated.html');
    expect(await settled(browser, page)).toEqual({});
    expect(await highlightedTexts(page)).toEqual([]);
    // Nothing of ours is added to a page without claims: no style sheet, no highlight registry entry.
    expect(await page.evaluate(() => [document.adoptedStyleSheets.length, CSS.highlights.size])).toEqual([0, 0]);
    expect(await badgeText(browser, page)).toBe('');
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[data-testid="no-claims"]').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('lists a fact-check whose topic the page covers without stating it, apart from the claims, unpainted', async () => {
    const page = await open('/page/topic-only.html');
    expect(await settled(browser, page)).toEqual({});
    expect(await highlightedTexts(page)).toEqual([]);
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const topics = popup.locator('[data-testid="page-topics"] .topic');
    await expect.poll(() => topics.count()).toBe(1);
    expect(await topics.first().getAttribute('data-claim-id')).toBe('hastings-on-facebook-board');
    await popup.close();
    await page.close();
  });
});

describe('a page that loads text later', () => {
  it('highlights a claim added after load, and leaves the page DOM without wrappers', async () => {
    const page = await open('/page/unrelated.html');
    await settled(browser, page);
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Viral posts claimed that Facebook sold users’ private messages to Netflix.';
      document.querySelector('article')!.append(p);
    });
    await expect
      .poll(() => claimCounts(browser, page), { timeout: 5000 })
      .toEqual({ 'meta-sold-messages-to-netflix': 1 });
    expect(await highlightedTexts(page)).toEqual([
      'Viral posts claimed that Facebook sold users’ private messages to Netflix.',
    ]);
    const after = await page.evaluate(() => document.body.innerHTML);
    expect(after.replace(/<p>Viral posts[^]*?<\/p>/, '')).toBe(before);
    // The page's own origin holds no ClaimLens database.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await page.close();
  });
});
