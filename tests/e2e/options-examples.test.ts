// Writing a claim in the options page: the user enters example sentences and sees, before saving,
// which ones ClaimLens would highlight as that claim. Saved examples come back when editing, and
// the saved claim is highlighted in a page like any other.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startPageServer, type PageServer } from '../../scripts/seed-pages';
import { highlightedTexts, screenshotPath } from './support';

let browser: ExtensionBrowser;
let pages: PageServer;
let options: Page;

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Towers</title></head><body><article>
<p>Phone masts went up in several towns this spring.</p>
<p>A viral video claims that 5G towers spread the coronavirus across Europe.</p>
</article></body></html>`;

beforeAll(async () => {
  pages = await startPageServer({ '/towers.html': { body: ARTICLE } });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

const form = () => options.locator('[data-testid="claim-form"]');
const results = () => form().locator('[data-testid="example-result"]');
const passedFlags = async () => Promise.all((await results().all()).map((item) => item.getAttribute('data-passed')));

describe('example sentences for a claim being written', () => {
  it('show which sentences match before the claim is saved, and are saved with it', async () => {
    await form().locator('textarea[name="text"]').fill('5G towers spread the coronavirus');
    const check = form().locator('[data-testid="check-examples"]');
    // Nothing to check yet.
    expect(await check.isDisabled()).toBe(true);

    await form()
      .locator('textarea[name="examples-match"]')
      .fill(
        'A viral video claims that 5G towers spread the coronavirus.\nNo, 5G towers do not spread the coronavirus.',
      );
    await form().locator('textarea[name="examples-nomatch"]').fill('Phone masts went up in several towns.');
    await check.click();
    await expect.poll(passedFlags).toEqual(['true', 'true', 'true']);
    expect(await form().locator('[data-testid="example-summary"]').innerText()).toBe('All 3 as expected');
    expect(await results().first().innerText()).toMatch(/highlighted \(matched because: .*5g.*\)/i);
    // Nothing was saved by checking.
    expect(await options.locator('[data-testid="user-claim"]').count()).toBe(0);

    // A sentence the claim does not cover shows as a miss, with what to do about it.
    await form()
      .locator('textarea[name="examples-match"]')
      .fill('A viral video claims that 5G towers spread the coronavirus.\nThe pandemic came from the new radio waves.');
    expect(await form().locator('.example-results.stale').count()).toBe(1);
    await check.click();
    await expect.poll(passedFlags).toEqual(['true', 'false', 'true']);
    expect(await results().nth(1).innerText()).toMatch(/not highlighted: add wording the claim uses/);
    expect(await form().locator('[data-testid="example-summary"]').innerText()).toBe('1 of 3 not as expected');
    await form().screenshot({ path: screenshotPath('options-example-check') });

    await form().locator('input[name="verdict"]').fill('False');
    await form().locator('textarea[name="fact-0-text"]').fill('Viruses do not travel on radio waves.');
    await form().locator('input[name="fact-0-publisher"]').fill('WHO');
    await form().locator('[data-testid="save-claim"]').click();
    await options.locator('[data-testid="user-claim"]').waitFor();

    await options.locator('[data-testid="user-claim"] button', { hasText: 'Edit' }).click();
    expect(await form().locator('textarea[name="examples-match"]').inputValue()).toBe(
      'A viral video claims that 5G towers spread the coronavirus.\nThe pandemic came from the new radio waves.',
    );
    expect(await form().locator('textarea[name="examples-nomatch"]').inputValue()).toBe(
      'Phone masts went up in several towns.',
    );

    const article = await browser.context.newPage();
    await article.goto(`${pages.origin}/towers.html`);
    await expect
      .poll(() => highlightedTexts(article))
      .toEqual(['A viral video claims that 5G towers spread the coronavirus across Europe.']);
  });

  it('say so when the claim has nothing ClaimLens can look for', async () => {
    await options.bringToFront();
    await options.reload();
    await form().locator('textarea[name="text"]').fill('It is what it is.');
    await form().locator('textarea[name="examples-match"]').fill('It is what it is, they said.');
    await form().locator('[data-testid="check-examples"]').click();
    await expect
      .poll(() => form().locator('[data-testid="example-problem"]').innerText())
      .toMatch(/^ClaimLens cannot look for this claim \(.+\): write it with the names, numbers and words/);
  });
});
