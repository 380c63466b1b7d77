// Subscribing directly to what a fact-checker publishes: a schema.org DataFeed of ClaimReviews,
// served from 127.0.0.1, added in the options page like any list. Its claims carry no match data;
// the extension compiles them from their text, and a page that states one gets it highlighted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startPageServer, type PageServer } from '../../scripts/seed-pages';
import { claimReviewFeed } from '../support/claim-reviews';
import { json, startListServer, type ListServer } from '../support/list-server';
import { card, highlightedTexts, rangeCentre, scanDone } from './support';

let browser: ExtensionBrowser;
let pages: PageServer;
let feeds: ListServer;
let options: Page;
let extensionDir: string;

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rumours</title></head><body><article>
<p>The weather was pleasant all week.</p>
<p>A viral video claims that 5G towers spread the coronavirus across Europe.</p>
<p>Phone masts went up in several towns this spring.</p>
</article></body></html>`;

/** The built extension with 127.0.0.1 granted (headless Chromium cannot answer the permission prompt). */
function extensionWithLocalHosts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-claimreview-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  extensionDir = extensionWithLocalHosts();
  feeds = await startListServer();
  pages = await startPageServer({ '/rumours.html': { body: ARTICLE } });
  browser = await launchWithExtension({ extensionDir });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([pages?.close(), feeds?.close()]);
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('a ClaimReview DataFeed as a subscription', () => {
  it('is subscribed in the options page, and its claim is highlighted in a page that states it', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${pages.origin}/rumours.html`);
    await scanDone(browser, article);
    expect(await highlightedTexts(article)).toEqual([]);

    const broken = { '@type': 'ClaimReview', claimReviewed: 'A review without a rating' };
    feeds.route('/checks/feed.jsonld', json(claimReviewFeed({ extra: [broken] }), { type: 'application/ld+json' }));
    const url = feeds.url('/checks/feed.jsonld');
    await options.bringToFront();
    await options.fill('input[name="url"]', url);
    await options.click('[data-testid="subscribe"]');
    const row = options.locator(`[data-testid="list"][data-list-id="sub:${url}"]`);
    await row.waitFor();
    await expect
      .poll(() => row.locator('[data-testid="list-title"]').innerText())
      .toBe('Example Checks: fact-checks feed');
    expect(await row.locator('[data-testid="publisher"]').innerText()).toBe('Example Checks');
    expect(await row.locator('[data-testid="claim-count"]').innerText()).toBe(
      '3 (1 skipped: reviews[3]: reviewRating.alternateName: missing)',
    );
    expect(await row.locator('[data-testid="last-error"]').count()).toBe(0);

    await article.bringToFront();
    await expect
      .poll(() => highlightedTexts(article))
      .toEqual(['A viral video claims that 5G towers spread the coronavirus across Europe.']);

    // The card shows the fact-checker's verdict, from the feed.
    const centre = await rangeCentre(article, '5G towers');
    await article.mouse.move(centre!.x, centre!.y);
    await card(article).waitFor();
    const shown = await card(article).innerText();
    expect(shown).toMatch(/False/);
    expect(shown).toMatch(/Example Checks/);
  });
});
