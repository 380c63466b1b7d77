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
import { parseClaimList } from '../../src/claims/parse';
import { generateKeyPair, signBytes } from '../../src/sync/signature';
import {
  drip,
  hang,
  huge,
  json,
  redirect,
  startListServer,
  text,
  type Handler,
  type ListServer,
} from '../support/list-server';
import { moonClaim, publishedList } from '../support/lists';
import { highlightedTexts, scanDone, screenshotPath } from './support';

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
<p>A neighbour swears that turtles can fly over mountains.</p>
<p>Rumour has it that penguins live in the Sahara desert.</p>
<p>Everyone knows goldfish remember only three seconds.</p>
<p>They say lightning never strikes the same place twice.</p>
</article></body></html>`;

const bananaClaim = {
  id: 'bananas-blue-inside',
  text: 'Bananas are blue inside.',
  verdict: { label: 'False' },
  summary: 'Banana flesh is cream-coloured.',
  context: [
    {
      text: 'Banana pulp is white to cream.',
      sources: [{ publisher: 'Botany Today', url: 'https://botany.example/bananas' }],
    },
  ],
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

/** A claim the matcher finds when every word group occurs in one sentence. */
function simpleClaim(id: string, groups: string[][]) {
  return {
    id,
    text: `Claim ${id}`,
    verdict: { label: 'False' },
    summary: `Summary of ${id}.`,
    context: [{ text: `Context of ${id}.`, sources: [{ publisher: 'Test desk' }] }],
    match: {
      concepts: Object.fromEntries(groups.map((terms, i) => [`g${i}`, terms])),
      all: groups.map((_, i) => [`g${i}`]),
    },
  };
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
    await scanDone(browser, article);
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

const desk = () => lists.url('/desk.json');

describe('adding a list', () => {
  it('refuses plain http to a remote host, and says when a new list could not be loaded', async () => {
    await options.bringToFront();
    const before = await options.locator('[data-testid="list"]').count();
    await options.fill('input[name="url"]', 'http://lists.example/desk.json');
    await options.click('[data-testid="subscribe"]');
    await expect
      .poll(() => options.locator('[data-testid="add-message"]').innerText())
      .toMatch(/must be fetched over https/);
    expect(await options.locator('[data-testid="list"]').count()).toBe(before);

    const missing = lists.url('/missing.json');
    await subscribe(missing);
    await expect
      .poll(() => options.locator('[data-testid="add-message"]').innerText())
      .toMatch(/Subscribed, but the list could not be loaded yet: The list was not found at this address \(HTTP 404\)/);
    expect(await errorOf(missing)).toMatch(/^Not loaded: The list was not found/);
    options.once('dialog', (dialog) => void dialog.accept());
    await row(missing).locator('[data-testid="remove"]').click();
    await row(missing).waitFor({ state: 'detached' });
  });
});

describe('when a sync fails, the last good list stays active and the options page says why', () => {
  const newer = () => publishedList({ version: 3, claims: [moonClaim(), bananaClaim] });
  const faults: [string, () => Handler, RegExp][] = [
    [
      'HTTP 500',
      () => text(500, 'oops'),
      /^Still using version 2\. The server had an error \(HTTP 500 Internal Server Error\)/,
    ],
    ['HTTP 404', () => text(404, 'nope'), /The list was not found at this address \(HTTP 404\)/],
    [
      'an HTML page with status 200',
      () => text(200, '<!doctype html><h1>Welcome</h1>', 'text/html; charset=utf-8'),
      /The server sent a web page, not JSON/,
    ],
    [
      'truncated JSON',
      () => text(200, JSON.stringify(newer()).slice(0, 400), 'application/json'),
      /The list is cut short \(incomplete JSON\)/,
    ],
    [
      'a wrong content type',
      () => text(200, JSON.stringify(newer()), 'text/plain'),
      /The server sent "text\/plain", not JSON/,
    ],
    ['a 50 MB body', () => huge(50), /The list is larger than the 10 MB limit: refused/],
    [
      'a server that drips bytes',
      () => drip(200),
      /did not send the list within 2 seconds \(it hung or sent too slowly\)/,
    ],
    ['a server that hangs', () => hang, /did not send the list within 2 seconds/],
    [
      'a redirect to another host',
      () => redirect(elsewhere.url('/desk.json').replace('127.0.0.1', 'localhost')),
      /redirected the list to another host \(localhost:\d+\): refused/,
    ],
    [
      'an older version (rollback)',
      () => json(publishedList({ version: 1, claims: [moonClaim()] })),
      /offers version 1, older than version 2 you already have: refused \(rollback\)/,
    ],
    [
      'an expired list',
      () => json(publishedList({ version: 3, expires: '2020-01-01T00:00:00Z', claims: [] })),
      /The list expired on 2020-01-01/,
    ],
  ];

  it.each(faults)('%s', async (_name, handler, message) => {
    elsewhere.route(
      '/desk.json',
      json(publishedList({ version: 9, claims: [] }), { headers: { 'access-control-allow-origin': '*' } }),
    );
    lists.route('/desk.json', handler());
    await syncNow(desk());
    expect(await errorOf(desk())).toMatch(message);
    expect(await row(desk()).locator('[data-testid="version"]').innerText()).toBe('2');
    expect(await row(desk()).locator('[data-testid="claim-count"]').innerText()).toBe('2');
  });

  it('a freshly loaded page still gets the last good list after all of them', async () => {
    await article.reload();
    await expect.poll(highlighted).toMatch(/moon is made of green cheese.*bananas are secretly blue/);
  });

  it('a claim with a missing field among good ones: skipped and counted, the rest used', async () => {
    const { summary: _missing, ...brokenBanana } = bananaClaim;
    lists.route(
      '/desk.json',
      json(
        publishedList({
          version: 3,
          claims: [moonClaim(), brokenBanana, simpleClaim('weather-pleasant', [['weather'], ['pleasant']])],
        }),
      ),
    );
    await syncNow(desk());
    expect(await row(desk()).locator('[data-testid="version"]').innerText()).toBe('3');
    expect(await row(desk()).locator('[data-testid="claim-count"]').innerText()).toBe(
      '2 (1 skipped: claims[1] (bananas-blue-inside).summary: missing)',
    );
    expect(await row(desk()).locator('[data-testid="last-error"]').count()).toBe(0);
    await expect.poll(highlighted).toMatch(/weather was pleasant/);
    expect(await highlighted()).not.toMatch(/bananas/);
  });
});

describe('signed lists', () => {
  it('accepts a list signed with the pinned key, then refuses a bad signature and an unsigned list', async () => {
    const keys = await generateKeyPair();
    const intruder = await generateKeyPair();
    const publish = async (version: number, signer: string | null) => {
      const body = JSON.stringify(
        publishedList({
          id: 'signed-desk',
          title: 'Signed desk',
          version,
          claims: [simpleClaim('goldfish-memory', [['goldfish'], ['remember']])],
        }),
      );
      lists.route('/signed.json', text(200, body, 'application/json'));
      lists.route(
        '/signed.json.sig',
        signer ? text(200, await signBytes(signer, new TextEncoder().encode(body))) : text(404, 'none'),
      );
    };
    const url = lists.url('/signed.json');
    await publish(1, keys.privateKey);
    await subscribe(url, keys.publicKey);
    expect(await row(url).locator('.badge.signed').innerText()).toBe('Signature verified');
    expect(await row(url).locator('[data-testid="version"]').innerText()).toBe('1');

    await publish(2, intruder.privateKey);
    await syncNow(url);
    expect(await errorOf(url)).toMatch(
      /Still using version 1\. The list's signature does not match the public key you pinned: refused/,
    );
    await publish(2, null);
    await syncNow(url);
    expect(await errorOf(url)).toMatch(/The list is not signed, but you pinned a public key for it: refused/);
    expect(await row(url).locator('[data-testid="version"]').innerText()).toBe('1');
    await expect.poll(highlighted).toMatch(/goldfish remember/);
  });
});

describe('several lists', () => {
  it('one of three failing leaves the other two updated and its own last good version active', async () => {
    const [one, two, three] = ['/one.json', '/two.json', '/three.json'].map((p) => lists.url(p)) as [
      string,
      string,
      string,
    ];
    lists.route(
      '/one.json',
      json(
        publishedList({
          id: 'list-one',
          title: 'List one',
          version: 1,
          claims: [simpleClaim('turtles-fly', [['turtle', 'turtles'], ['fly']])],
        }),
      ),
    );
    lists.route(
      '/two.json',
      json(
        publishedList({
          id: 'list-two',
          title: 'List two',
          version: 1,
          claims: [simpleClaim('penguins-sahara', [['penguin', 'penguins'], ['sahara']])],
        }),
      ),
    );
    lists.route('/three.json', json(publishedList({ id: 'list-three', title: 'List three', version: 1, claims: [] })));
    for (const url of [one, two, three]) await subscribe(url);
    await expect.poll(highlighted).toMatch(/turtles can fly.*penguins live/);

    lists.route(
      '/one.json',
      json(
        publishedList({
          id: 'list-one',
          title: 'List one',
          version: 2,
          claims: [simpleClaim('turtles-fly', [['turtle', 'turtles'], ['fly']])],
        }),
      ),
    );
    lists.route('/two.json', text(500, 'down'));
    lists.route(
      '/three.json',
      json(
        publishedList({
          id: 'list-three',
          title: 'List three',
          version: 2,
          claims: [simpleClaim('lightning-twice', [['lightning'], ['twice']])],
        }),
      ),
    );
    await options.click('[data-testid="sync-all"]');
    await expect.poll(() => row(three).locator('[data-testid="version"]').innerText()).toBe('2');
    await expect.poll(() => row(two).locator('[data-testid="last-error"]').count()).toBe(1);
    expect(await row(one).locator('[data-testid="version"]').innerText()).toBe('2');
    expect(await errorOf(two)).toMatch(/Still using version 1\. The server had an error \(HTTP 500/);
    await expect.poll(highlighted).toMatch(/turtles can fly.*penguins live.*lightning never strikes/);
    await options.screenshot({ path: screenshotPath('options-lists'), fullPage: true });
  });

  it('pausing a list hides its claims in open tabs; removing it drops them', async () => {
    const two = lists.url('/two.json');
    await row(two).locator('[data-testid="pause"]').click();
    await expect.poll(highlighted).not.toMatch(/penguins/);
    await row(two).locator('[data-testid="pause"]').click();
    await expect.poll(highlighted).toMatch(/penguins/);
    options.once('dialog', (dialog) => void dialog.accept());
    await row(two).locator('[data-testid="remove"]').click();
    await row(two).waitFor({ state: 'detached' });
    await expect.poll(highlighted).not.toMatch(/penguins/);
  });
});

describe("the user's own claims", () => {
  it('are written in the options page, highlighted in open tabs, and exported as a list others can subscribe to', async () => {
    await options.bringToFront();
    const form = options.locator('[data-testid="claim-form"]');
    await form.locator('textarea[name="text"]').fill('Penguins live in the Sahara desert');
    await form.locator('input[name="verdict"]').fill('False');
    await form.locator('textarea[name="fact-0-text"]').fill('Penguins live almost only in the Southern Hemisphere.');
    await form.locator('input[name="fact-0-publisher"]').fill('Polar Atlas');
    await form.locator('input[name="fact-0-url"]').fill('https://polar.example/penguins');
    await form.locator('[data-testid="save-claim"]').click();
    await options.locator('[data-testid="user-claim"]').waitFor();
    expect(await options.locator('[data-testid="user-claim"]').innerText()).toMatch(
      /False\s+Penguins live in the Sahara desert/,
    );
    await expect.poll(highlighted).toMatch(/penguins live in the Sahara desert/);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('[data-testid="export-list"]'),
    ]);
    expect(download.suggestedFilename()).toBe('my-claims.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const { list, skipped } = parseClaimList(exported, { strict: true });
    expect(skipped).toEqual([]);
    expect(list.claims).toEqual([
      expect.objectContaining({
        text: 'Penguins live in the Sahara desert',
        verdict: { label: 'False' },
        context: [
          {
            text: 'Penguins live almost only in the Southern Hemisphere.',
            sources: [{ publisher: 'Polar Atlas', url: 'https://polar.example/penguins' }],
          },
        ],
      }),
    ]);
  });

  it('refuse a claim without a source, saying which field is missing', async () => {
    const form = options.locator('[data-testid="claim-form"]');
    await form.locator('textarea[name="text"]').fill('Cats can read');
    await form.locator('input[name="verdict"]').fill('False');
    await form.locator('textarea[name="fact-0-text"]').fill('No.');
    await form.locator('input[name="fact-0-url"]').fill('https://cats.example/');
    // The browser's own "required" check is bypassed to reach the background's validation.
    await form.evaluate((element) => ((element as HTMLFormElement).noValidate = true));
    await form.locator('[data-testid="save-claim"]').click();
    await expect
      .poll(() => options.locator('[data-testid="claim-error"]').innerText())
      .toMatch(/context\[0\]\.sources\[0\]\.publisher: must not be empty/);
    expect(await options.locator('[data-testid="user-claim"]').count()).toBe(1);
  });
});

describe('scheduling', () => {
  it('checks every 6 hours by default; a shorter interval moves the next check and the alarm', async () => {
    await options.bringToFront();
    const url = desk();
    expect(await options.locator('[data-testid="interval"]').inputValue()).toBe('360');
    await syncNow(url);
    expect(await row(url).locator('[data-testid="next-check"]').innerText()).toMatch(/in (5|6) hours/);
    await options.selectOption('[data-testid="interval"]', '60');
    await expect
      .poll(() => row(url).locator('[data-testid="next-check"]').innerText())
      .toMatch(/in (57|58|59|60) minutes|in 1 hour/);
    const alarm = await options.evaluate(() => chrome.alarms.get('claimlens-list-sync'));
    expect(alarm).toBeTruthy();
    // The alarm wakes the worker for the earliest due list: within the hour, not later.
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  });

  it('a service worker killed mid-download resumes that list when it starts again', async () => {
    const url = desk();
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync:set-settings', timeoutSeconds: 60 }));
    lists.route('/desk.json', hang);
    await row(url).locator('[data-testid="sync-now"]').click();
    await row(url).locator('[data-testid="progress"]').waitFor();
    // Kill the worker the way Chrome does when it idles it out.
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    lists.route('/desk.json', json(publishedList({ version: 4, claims: [moonClaim(), bananaClaim] })));
    // Any message (here the options page's own refresh) starts a new worker, which finds the
    // interrupted sync and finishes it.
    await options.reload();
    await expect.poll(() => row(url).locator('[data-testid="version"]').innerText(), { timeout: 15_000 }).toBe('4');
    expect(await row(url).locator('[data-testid="last-error"]').count()).toBe(0);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync:set-settings', timeoutSeconds: 2 }));
    await expect.poll(highlighted).toMatch(/bananas are secretly blue/);
  });
});
