// Subscribed lists in the built extension, against a real HTTP server on 127.0.0.1: subscribe
// from the options page, see a newly published claim highlighted in an open tab, then each
// fault in turn, with the last good list still active and the reason shown in the options page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startPageServer, type PageServer } from '../../scripts/seed-pages';
import { generateKeyPair, signBytes } from '../../src/sync/signature';
import { drip, hang, huge, json, redirect, startListServer, text, type Handler, type ListServer } from '../support/list-server';
import { moonClaim, publishedList } from '../support/lists';
import { highlightedTexts } from './support';

let browser: ExtensionBrowser;
let pages: PageServer;
let lists: ListServer;
let elsewhere: ListServer;
let options: Page;
let article: Page;

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Odd claims</title></head><body><article>
<p>Some people insist that the moon is made of green cheese.</p>
<p>Others repeat that bananas are secretly blue inside.</p>
<p>The weather was pleasant all week.</p>
</article></body></html>`;

const bananaClaim = {
  id: 'bananas-blue-inside',
  text: 'Bananas are blue inside.',
  verdict: { label: 'False' },
  summary: 'Banana flesh is cream-coloured.',
  context: [{ text: 'Banana pulp is white to cream.', sources: [{ publisher: 'Botany Today', url: 'https://botany.example/bananas' }] }],
  match: { concepts: { banana: ['banana', 'bananas'], blue: ['blue'] }, all: [['banana'], ['blue']] },
};

let extensionDir: string;

/**
 * The built extension with the local test hosts already granted. Headless Chromium cannot answer
 * the permission prompt that permissions.request() opens; with the host granted, the options
 * page's real request() call resolves true at once, as after a user's "Allow".
 */
function extensionWithLocalHosts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-sync-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  extensionDir = extensionWithLocalHosts();
  lists = await startListServer();
  elsewhere = await startListServer();
  pages = await startPageServer({ '/odd.html': { body: ARTICLE } });
  browser = await launchWithExtension({ extensionDir });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // A short deadline so the hanging and dripping servers cost seconds, not the default 30.
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync:set-settings', timeoutSeconds: 2 }));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([pages?.close(), lists?.close(), elsewhere?.close()]);
  rmSync(extensionDir, { recursive: true, force: true });
});

const row = (url: string) => options.locator(`[data-testid="list"][data-list-id="sub:${url}"]`);

async function subscribe(url: string, publicKey = ''): Promise<void> {
  await options.bringToFront();
  await options.fill('input[name="url"]', url);
  await options.fill('input[name="public-key"]', publicKey);
  await options.click('[data-testid="subscribe"]');
  await row(url).waitFor();
  await expect.poll(() => row(url).locator('[data-testid="progress"]').count()).toBe(0);
}

async function syncNow(url: string): Promise<void> {
  const checkedBefore = await row(url).getAttribute('data-checked-at');
  await row(url).locator('[data-testid="sync-now"]').click();
  await expect.poll(() => row(url).getAttribute('data-checked-at'), { timeout: 10_000 }).not.toBe(checkedBefore);
  await expect.poll(() => row(url).locator('[data-testid="progress"]').count(), { timeout: 10_000 }).toBe(0);
}

const errorOf = (url: string) => row(url).locator('[data-testid="last-error"]').innerText();

async function highlighted(): Promise<string> {
  return (await highlightedTexts(article)).join(' | ');
}

describe('subscribing to a list', () => {
  it('asks for the host, loads the list, and highlights its claims in an open tab, then a newly published one', async () => {
    article = await browser.context.newPage();
    await article.goto(`${pages.origin}/odd.html`);
    await expect.poll(() => article.evaluate(() => performance.getEntriesByName('claimlens:first-scan-done').length)).toBe(1);
    expect(await highlighted()).toBe('');

    lists.route('/desk.json', json(publishedList({ version: 1, claims: [moonClaim()] })));
    await subscribe(lists.url('/desk.json'));
    const desk = row(lists.url('/desk.json'));
    await expect.poll(() => desk.locator('[data-testid="list-title"]').innerText()).toBe('Fact Desk list');
    expect(await desk.locator('[data-testid="version"]').innerText()).toBe('1');
    expect(await desk.locator('[data-testid="claim-count"]').innerText()).toBe('1');
    expect(await desk.locator('[data-testid="publisher"]').innerText()).toBe('Fact Desk');
    expect(await desk.locator('[data-testid="next-check"]').innerText()).toMatch(/in (5|6) hours/);
    // The bundled list is always listed too.
    expect(await options.locator('[data-testid="list"][data-kind="bundled"]').count()).toBe(1);
    await expect.poll(highlighted).toMatch(/moon is made of green cheese/);

    lists.route('/desk.json', json(publishedList({ version: 2, claims: [moonClaim(), bananaClaim] })));
    await syncNow(lists.url('/desk.json'));
    expect(await desk.locator('[data-testid="version"]').innerText()).toBe('2');
    await expect.poll(highlighted).toMatch(/bananas are secretly blue/);
    expect(await desk.locator('[data-testid="last-error"]').count()).toBe(0);
  });
});
