// Hostile input in the built extension (Chromium, lists and pages on 127.0.0.1): Object.prototype
// member names through a subscribed list, a ClaimReview import in the options page and a claim the
// user writes, each followed by a check that every other claim still highlights; a list that reuses
// another list's claim id; a list that expires while its server is down; an oversized import; the
// audit's hostile pages; and a cleared claims store. One browser, few page loads: kept fast.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startPageServer, type PageServer } from '../../scripts/seed-pages';
import { json, startListServer, text, type ListServer } from '../support/list-server';
import { PROTOTYPE_NAMES, PROTOTYPE_SENTENCE, prototypeNamedClaim } from '../support/hostile';
import { moonClaim, publishedList } from '../support/lists';
import { claimCounts, highlightedTexts, pageClaims, scanDone, settled } from './support';

const HEADLINE = 'Facebook sold users’ private messages to Netflix, posts said.';

/** A claim found when each of its words occurs in one sentence. */
function wordsClaim(id: string, words: readonly string[], extra: Record<string, unknown> = {}) {
  return {
    id,
    text: `Claim ${id}`,
    verdict: { label: 'False' },
    summary: `Summary of ${id}.`,
    context: [{ text: `Context of ${id}.`, sources: [{ publisher: 'Test desk' }] }],
    match: { concepts: Object.fromEntries(words.map((w, i) => [`w${i}`, [w]])), all: words.map((_, i) => [`w${i}`]) },
    ...extra,
  };
}

/** A list whose every name is an Object.prototype member, and a claim that uses its lexicon the same way. */
const hostileList = publishedList({
  id: 'hostile-desk',
  title: 'Hostile desk',
  version: 1,
  lexicon: Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, [`${name.toLowerCase()}lex`]])) as never,
  claims: [
    prototypeNamedClaim('constructor', ['zorblax', 'quintessa']),
    prototypeNamedClaim('prototype', ['flumox', 'gravelle']),
    {
      ...wordsClaim('lexicon-names', []),
      match: {
        all: [['constructor'], ['hasOwnProperty']],
        none: ['valueOf'],
        benign: ['toString'],
        carry: ['prototype'],
      },
    },
    // Unknown names: skipped with a reason on the row; the rest of the list is used.
    { ...wordsClaim('bad-benign', ['moon']), match: { ...wordsClaim('x', ['moon']).match, benign: ['not-defined'] } },
    {
      ...wordsClaim('bad-overrides', ['moon']),
      match: { ...wordsClaim('x', ['moon']).match, overrides: ['__proto__'] },
    },
    moonClaim(),
  ],
});

const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile words</title></head><body><article>
<p>Zorblax met quintessa at noon.</p>
<p>Flumox walked over the gravelle.</p>
<p>The constructorlex and the hasownpropertylex were seen together.</p>
<p>${PROTOTYPE_SENTENCE}</p>
<p>Our reporter heard that yarrowquill glimmerfen said so.</p>
<p>Some people insist that the moon is made of green cheese.</p>
<p>${HEADLINE}</p>
<p>A neighbour swears that turtles can fly over mountains.</p>
</article></body></html>`;

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${script ? `<script>${script}</script>` : ''}</head><body>${body}</body></html>`;

const HOSTILE_PAGES: Record<string, string> = {
  // The page tampers with the built-ins it shares with nobody: the content script runs in its own world.
  '/tamper.html': page(
    'Tampering',
    `<p>${HEADLINE}</p>`,
    `Object.defineProperty(Object.prototype, 'claims', { get() { throw new Error('tampered'); } });
     Object.prototype.verdict = { label: 'Hijacked' };
     Array.prototype.map = function () { throw new Error('tampered'); };
     JSON.parse = () => { throw new Error('tampered'); };`,
  ),
  '/nodes.html': page(
    '200,000 nodes',
    `<p>${HEADLINE}</p><div id="many"></div>`,
    `addEventListener('DOMContentLoaded', () => {
       const many = document.getElementById('many');
       const frag = document.createDocumentFragment();
       for (let i = 0; i < 200000; i++) { const s = document.createElement('span'); s.textContent = 'w' + (i % 97) + ' '; frag.append(s); }
       many.append(frag);
     });`,
  ),
  '/huge-text.html': page(
    'A 5 MB text node',
    `<p>${HEADLINE}</p><pre id="dump"></pre>`,
    `addEventListener('DOMContentLoaded', () => { document.getElementById('dump').textContent = 'word '.repeat(1024 * 1024); });`,
  ),
  '/spam.html': page(
    'Mutation spam',
    `<p>${HEADLINE}</p><div id="spam"></div>`,
    `addEventListener('DOMContentLoaded', () => {
       const spam = document.getElementById('spam');
       let n = 0;
       setInterval(() => { for (let i = 0; i < 50; i++) { const p = document.createElement('p'); p.textContent = 'noise ' + n++; spam.append(p); if (spam.childNodes.length > 200) spam.firstChild.remove(); } }, 4);
     });`,
  ),
  // The page registers highlights under names like ours before the content script runs.
  '/own-highlights.html': page(
    'Page-owned highlight names',
    `<p id="mine">The page paints this itself.</p><p>${HEADLINE}</p>`,
    `addEventListener('DOMContentLoaded', () => {
       const r = new Range(); r.selectNodeContents(document.getElementById('mine'));
       for (const name of ['claimlens-denied', 'claimlens-false', 'claimlens-active', 'claimlens-disputed', 'claimlens-neutral']) CSS.highlights.set(name, new Highlight(r));
     });`,
  ),
};

let browser: ExtensionBrowser;
let pages: PageServer;
let lists: ListServer;
let extensionDir: string;
let options: Page;

/** The built extension with 127.0.0.1 granted (headless Chromium cannot answer a permission prompt). */
function extensionWithLocalHosts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-hostile-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const send = (message: Record<string, unknown>) =>
  options.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;
const row = (id: string) => options.locator(`[data-testid="list"][data-list-id="${id}"]`);
const subscribe = async (path: string) => {
  const url = lists.url(path);
  await send({ type: 'sync:subscribe', url });
  return `sub:${url}`;
};

async function open(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`${pages.origin}${path}`);
  return tab;
}

beforeAll(async () => {
  extensionDir = extensionWithLocalHosts();
  lists = await startListServer();
  pages = await startPageServer({
    '/hostile.html': { body: HOSTILE_PAGE },
    ...Object.fromEntries(Object.entries(HOSTILE_PAGES).map(([path, body]) => [path, { body }])),
  });
  browser = await launchWithExtension({ extensionDir });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([pages?.close(), lists?.close()]);
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('Object.prototype names', () => {
  it('through a subscribed list, a ClaimReview import in the options page and a written claim: all highlight, and so does every other claim', async () => {
    lists.route('/hostile.json', json(hostileList));
    const listId = await subscribe('/hostile.json');
    await options.reload();
    await expect.poll(() => row(listId).locator('[data-testid="claim-count"]').innerText()).toMatch(/^4 \(2 skipped: /);
    expect(await row(listId).locator('[data-testid="skipped"]').getAttribute('title')).toBe(
      [
        'claims[3] (bad-benign).match.benign: unknown concept "not-defined"',
        'claims[4] (bad-overrides).match.overrides: unknown claim "__proto__" (not in this list)',
      ].join('\n'),
    );

    // The options page's import, with a file as the user picks it.
    const review = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'hasownproperty',
      claimReviewed: PROTOTYPE_SENTENCE,
      author: { '@type': 'Organization', name: 'Desk' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    };
    await options.setInputFiles('input[type="file"]', {
      name: 'reviews.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([review])),
    });
    await expect
      .poll(() => options.locator('[data-testid="user-claims"] .notice').innerText())
      .toBe('Imported 1 claim.');

    await send({
      type: 'sync:save-user-claim',
      claim: {
        text: 'Yarrowquill glimmerfen constructor toString valueOf',
        verdict: 'False',
        context: [{ text: 'Checked.', sources: [{ publisher: 'Me' }] }],
      },
    });

    const tab = await open('/hostile.html');
    const counts = await settled(browser, tab);
    expect(counts).toEqual({
      constructor: 1,
      prototype: 1,
      'lexicon-names': 1,
      hasownproperty: 1,
      'moon-green-cheese': 1,
      'meta-sold-messages-to-netflix': 1,
    });
    const { claims } = await pageClaims(browser, tab);
    expect(claims.find((c) => c.claimId === 'constructor')).toMatchObject({
      verdict: 'False',
      listTitle: 'Hostile desk',
    });
    await tab.close();
  });
});

describe('a list that reuses another list’s claim id', () => {
  it('cannot replace the bundled claim, and its row says which claim is not used', async () => {
    const hijack = {
      ...wordsClaim('meta-sold-messages-to-netflix', ['nothing-matches-this']),
      verdict: { label: 'Hijacked' },
    };
    lists.route(
      '/collide.json',
      json(publishedList({ id: 'collide', title: 'Colliding desk', claims: [hijack, moonClaim('moon-two')] })),
    );
    const listId = await subscribe('/collide.json');
    await options.reload();
    await expect
      .poll(() => row(listId).locator('[data-testid="notice"]').innerText())
      .toBe(
        '1 claim is not used: another list already has its id, "meta-sold-messages-to-netflix" (kept from ClaimLens bundled list). A list cannot replace another list\'s claims.',
      );
    const tab = await open('/hostile.html');
    await settled(browser, tab);
    const { claims } = await pageClaims(browser, tab);
    expect(claims.find((c) => c.claimId === 'meta-sold-messages-to-netflix')).toMatchObject({
      verdict: 'Denied',
      listTitle: 'ClaimLens bundled list',
    });
    await tab.close();
    await send({ type: 'sync:remove', listId });
  });
});

describe('a list that expires while its server is down', () => {
  it('is taken out of use and says so', async () => {
    const expires = new Date(Date.now() + 3000).toISOString();
    const turtles = wordsClaim('turtles-fly', ['turtles', 'fly']);
    lists.route(
      '/expiring.json',
      json(publishedList({ id: 'expiring', title: 'Expiring desk', expires, claims: [turtles] })),
    );
    const listId = await subscribe('/expiring.json');
    const before = await open('/hostile.html');
    expect(await settled(browser, before)).toHaveProperty('turtles-fly', 1);
    await before.close();
    lists.route('/expiring.json', text(503, 'down'));
    await expect.poll(() => Date.now() > Date.parse(expires), { timeout: 10_000 }).toBe(true);
    await send({ type: 'sync:sync-now', listId });
    await options.reload();
    await expect
      .poll(() => row(listId).locator('[data-testid="expired"]').innerText())
      .toMatch(/^Version 1 expired on .* and is no longer used/);
    const after = await open('/hostile.html');
    expect(await settled(browser, after)).not.toHaveProperty('turtles-fly');
    await after.close();
    await send({ type: 'sync:remove', listId });
  });
});

describe('an oversized ClaimReview import', () => {
  it('is refused in words', async () => {
    await options.bringToFront();
    await options.setInputFiles('input[type="file"]', {
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 64 * 1024, 0x20),
    });
    await expect
      .poll(() => options.locator('[data-testid="claim-error"]').innerText())
      .toBe('The file is 5.1 MB; ClaimLens imports ClaimReview files of up to 5 MB. Split it into smaller files.');
  });
});

describe("the audit's hostile pages", () => {
  it.each(Object.keys(HOSTILE_PAGES))('%s: the claim is still highlighted', async (path) => {
    const tab = await open(path);
    // A page that never stops mutating never lets the scans rest: wait for the match itself, as the
    // content script reports it (the tampering page broke Array.prototype.map for our own page-side reader).
    await expect
      .poll(() => claimCounts(browser, tab).catch(() => ({})), { timeout: 20_000 })
      .toEqual({ 'meta-sold-messages-to-netflix': 1 });
    if (path !== '/tamper.html') expect(await highlightedTexts(tab)).toContain(HEADLINE);
    await tab.close();
  });
});

describe('a cleared claims store', () => {
  it('is seeded again on the next start, and the bundled claims highlight', async () => {
    await browser.serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('claimlens');
          request.onsuccess = () => {
            const tx = request.result.transaction('claims', 'readwrite');
            tx.objectStore('claims').clear();
            tx.oncomplete = () => (request.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const tab = await open('/hostile.html');
    await scanDone(browser, tab).catch(() => undefined);
    await expect
      .poll(async () => (await settled(browser, tab))['meta-sold-messages-to-netflix'], { timeout: 20_000 })
      .toBe(1);
    await tab.close();
  });
});
