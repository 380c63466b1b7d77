// The options page in a German browser: relative times and dates follow the browser's UI language
// (browser.i18n.getUILanguage()), not English, even though ClaimLens's own words are English (the
// only locale it ships); a list served on 127.0.0.1 gives the row its times.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { json, startListServer, type ListServer } from '../support/list-server';
import { moonClaim, publishedList } from '../support/lists';

let browser: ExtensionBrowser;
let lists: ListServer;
let options: Page;

beforeAll(async () => {
  lists = await startListServer();
  lists.route('/desk.json', json(publishedList({ id: 'desk', title: 'Desk list', claims: [moonClaim()] })));
  browser = await launchWithExtension({ uiLanguage: 'de' });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await lists?.close();
});

it('says when a list is checked next, and when it was, in the browser’s language', async () => {
  expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de/);
  const url = lists.url('/desk.json');
  await options.evaluate((address) => chrome.runtime.sendMessage({ type: 'sync:subscribe', url: address }), url);
  const row = options.locator(`[data-testid="list"][data-list-id="sub:${url}"]`);
  // Checked every 6 hours by default: "in 6 Stunden" in German, "in 6 hours" in English.
  await expect.poll(() => row.locator('[data-testid="next-check"]').innerText()).toMatch(/^in [56] Stunden$/);
  // The exact time, in the row's tooltip, in German order: day.month.year.
  expect(await row.locator('[data-testid="last-checked"]').getAttribute('title')).toMatch(
    /^\d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2}:\d{2}$/,
  );
  // ClaimLens's own words stay in English, the one language it ships.
  expect(await row.locator('dt').allInnerTexts()).toContain('Next check');
});
